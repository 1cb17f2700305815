package org.clientcare;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clientcare.demo.CustomerFileGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class ClientCareApplication {

	/**
	 * Starts ClientCare; {@code --generate-customers=N} only writes an import file and exits (no database needed);
	 * {@code --import-customers=file} imports and exits, with the changes of {@link #arguments}.
	 */
	public static void main(String[] a) {
		if (CustomerFileGenerator.requested(a)) {
			System.exit(CustomerFileGenerator.run(a));
		}
		SpringApplication.run(ClientCareApplication.class, arguments(a));
	}

	/**
	 * The arguments a start runs with: for an import from the command line ({@code --import-customers=file}), which
	 * exits when the import ends, serving on a free port unless {@code --server.port} is given, and without the
	 * assistant's warm-up or the OpenAPI description built at start-up unless {@code --clientcare.assistant.warm-up} or
	 * {@code --springdoc.pre-loading-enabled} is given (no question is asked and no description read before the exit,
	 * and their seconds of CPU would be taken from the import's checks and its database).
	 */
	static String[] arguments(String[] a) {
		if (!given(a, "--import-customers=")) {
			return a;
		}
		List<String> arguments = new ArrayList<>(Arrays.asList(a));
		if (!given(a, "--server.port=")) {
			arguments.add("--server.port=0");
		}
		if (!given(a, "--clientcare.assistant.warm-up=")) {
			arguments.add("--clientcare.assistant.warm-up=false");
		}
		if (!given(a, "--springdoc.pre-loading-enabled=")) {
			arguments.add("--springdoc.pre-loading-enabled=false");
		}
		return arguments.toArray(String[]::new);
	}

	private static boolean given(String[] a, String option) {
		return Arrays.stream(a).anyMatch(argument -> argument.startsWith(option));
	}
}
