package org.clientcare.customer.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' command line: {@code java -jar clientcare.jar --import-customers=/path/file.csv} imports the file
 * (the same rules and batches as the API), prints a summary, writes the rejected rows next to the file (or to
 * {@code --import-errors=...}) and exits: 0 when the import finished, 1 when it failed, 2 when the file is not an
 * import file. Run again after a crash, it resumes the unfinished import of the same file.
 */
@Component
@Order(10)
class CustomerImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CustomerImportCommand.class);

	static final String OPTION = "import-customers";

	private final CustomerImportManagement management;

	private final CustomerImportProcessor processor;

	private final ConfigurableApplicationContext context;

	CustomerImportCommand(CustomerImportManagement management, CustomerImportProcessor processor,
			ConfigurableApplicationContext context) {
		this.management = management;
		this.processor = processor;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int code = run(Path.of(args.getOptionValues(OPTION).get(0)), args.containsOption("import-errors")
				? Path.of(args.getOptionValues("import-errors").get(0)) : null);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int run(Path file, Path errorsFile) {
		int[] code = { 0 };
		CurrentActor.runAs(Actor.system("import-cli"), () -> code[0] = importFile(file, errorsFile));
		return code[0];
	}

	private int importFile(Path file, Path errorsFile) {
		long started = System.nanoTime();
		long id;
		try {
			id = management.receiveLocal(file);
		}
		catch (InvalidInput e) {
			System.err.println("Not an import file: " + e.fieldProblems().get(0).message());
			return 2;
		}
		catch (IOException e) {
			System.err.println("Cannot read " + file + ": " + e.getMessage());
			return 2;
		}
		log.info("Importing {} as import {}", file, id);
		CustomerImport done = processor.process(id);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Import %d of %s: %s in %.1f s — %d rows, %d imported, %d unchanged, %d rejected%n", id,
				file, done.status(), seconds, done.processed(), done.imported(), done.unchanged(), done.rejected());
		if (done.failure() != null) {
			System.out.println("Failure: " + done.failure());
		}
		if (done.rejected() > 0) {
			Path target = errorsFile != null ? errorsFile : Path.of(file.toAbsolutePath() + ".rejected.csv");
			try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
				management.writeErrors(id, out);
				System.out.println("Rejected rows (line, field, code, message): " + target);
			}
			catch (IOException e) {
				System.err.println("Cannot write " + target + ": " + e.getMessage());
			}
		}
		return done.status() == CustomerImport.Status.DONE ? 0 : 1;
	}
}
