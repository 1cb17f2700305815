package org.clientcare;
import org.clientcare.demo.CustomerFileGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class ClientCareApplication {

	/**
	 * Starts ClientCare; {@code --generate-customers=N} only writes an import file and exits (no database needed);
	 * {@code --import-customers=file} imports and exits, serving on a free port unless {@code --server.port} is given.
	 */
	public static void main(String[] a) {
		if (CustomerFileGenerator.requested(a)) {
			System.exit(CustomerFileGenerator.run(a));
		}
		boolean importing = java.util.Arrays.stream(a).anyMatch(arg -> arg.startsWith("--import-customers="));
		boolean portGiven = java.util.Arrays.stream(a).anyMatch(arg -> arg.startsWith("--server.port="));
		SpringApplication.run(ClientCareApplication.class, importing && !portGiven
				? java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.stream.Stream.of("--server.port=0"))
					.toArray(String[]::new) : a);
	}
}
