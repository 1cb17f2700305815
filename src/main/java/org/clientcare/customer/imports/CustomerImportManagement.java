package org.clientcare.customer.imports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.csv.CsvFile;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of customers (批量导入, SPEC §2): takes a CSV file, keeps it under {@code <data-dir>/imports/}, checks
 * its header at once (400 when it is not an import file), and hands it to the {@code customer-import} task, which
 * any instance of the cluster may run. Reports progress and the rejected rows.
 */
@Service
public class CustomerImportManagement {

	private final CustomerImports imports;

	private final PlatformSettings platform;

	private final CustomerImportSettings settings;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final OneTimeTask<Void> task;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CustomerImportManagement(CustomerImports imports, PlatformSettings platform, CustomerImportSettings settings,
			ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Void> customerImportTask,
			TransactionTemplate transactions, Clock clock) {
		this.imports = imports;
		this.platform = platform;
		this.settings = settings;
		this.scheduler = scheduler;
		this.task = customerImportTask;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Stores an uploaded file and schedules its import; answers the import, still {@code QUEUED}. */
	public CustomerImport upload(InputStream content, String fileName) {
		return imports.find(store(content, fileName, true)).orElseThrow();
	}

	/** Stores an uploaded file as a new import without starting it (the caller runs it). */
	public long receive(InputStream content, String fileName) {
		return store(content, fileName, false);
	}

	private long store(InputStream content, String fileName, boolean schedule) {
		Path directory = platform.dataDir().resolve("imports");
		Path target = directory.resolve(UUID.randomUUID() + ".csv");
		try {
			Files.createDirectories(directory);
			Stored stored;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
				stored = copy(content, out);
			}
			checkHeader(target);
			return create(name(fileName), target, true, stored, schedule);
		}
		catch (IOException e) {
			delete(target);
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			delete(target);
			throw e;
		}
	}

	/**
	 * An import of a file on this machine, read where it lies (operators' command line); an unfinished import of the
	 * same file from the same place is resumed rather than started again.
	 */
	public long receiveLocal(Path file) throws IOException {
		Path absolute = file.toAbsolutePath().normalize();
		Stored stored;
		try (InputStream in = Files.newInputStream(absolute)) {
			stored = copy(in, OutputStream.nullOutputStream());
		}
		checkHeader(absolute);
		Optional<CustomerImport> unfinished = imports.unfinished(stored.sha256(), absolute.toString());
		if (unfinished.isPresent()) {
			return unfinished.get().id();
		}
		return create(absolute.getFileName().toString(), absolute, false, stored, false);
	}

	@Transactional(readOnly = true)
	public CustomerImport get(long id) {
		return imports.find(id).orElseThrow(() -> new NotFound("Import", id));
	}

	@Transactional(readOnly = true)
	public List<CustomerImport> recent() {
		return imports.recent(10);
	}

	/** The first rejected rows, as many as {@code clientcare.customer-import.errors-shown}. */
	@Transactional(readOnly = true)
	public List<RowError> errors(long id) {
		get(id);
		return imports.firstErrors(id, settings.errorsShown()).stream()
			.map(p -> new RowError(p.line(), p.problem().field(), p.problem().code(), p.problem().message())).toList();
	}

	/** Writes every rejected row as CSV: {@code line,field,code,message}. */
	@Transactional(readOnly = true)
	public void writeErrors(long id, Writer out) throws IOException {
		get(id);
		out.write("line,field,code,message\r\n");
		imports.writeErrors(id, out);
		out.flush();
	}

	/** Records the import and, if asked, schedules its task in the same transaction: no import is left without one. */
	private long create(String fileName, Path stored, boolean owned, Stored facts, boolean schedule) {
		Actor actor = CurrentActor.get();
		return transactions.execute(status -> {
			long id = imports.create(fileName, stored.toString(), owned, facts.sha256(), facts.bytes(),
					Math.max(0, facts.lines() - 1), actor.username(), actor.role(), clock.instant());
			if (schedule) {
				SchedulerClient client = scheduler.getObject();
				client.scheduleIfNotExists(task.instance(Long.toString(id)), clock.instant());
				// The scheduler looks for due work as soon as a task is scheduled, which is before this transaction
				// commits: it would find the import only at its next poll (up to 10 s later). It looks again once the
				// import is committed.
				if (client instanceof Scheduler local) {
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						@Override
						public void afterCommit() {
							local.triggerCheckForDueExecutions();
						}
					});
				}
			}
			return id;
		});
	}

	private static void checkHeader(Path file) throws IOException {
		try (CsvFile csv = CsvFile.of(file, 0)) {
			ImportRules.header(csv.header());
		}
	}

	/** Copies while counting bytes and line breaks and hashing, so the file is read once. */
	private static Stored copy(InputStream content, OutputStream out) throws IOException {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		byte[] buffer = new byte[1 << 16];
		long bytes = 0;
		long lines = 0;
		int last = '\n';
		try (InputStream in = new DigestInputStream(content, sha)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				if (read > 0) {
					last = buffer[read - 1];
				}
				out.write(buffer, 0, read);
				bytes += read;
			}
		}
		if (bytes == 0) {
			throw InvalidInput.of("file", "empty", "The file is empty");
		}
		return new Stored(HexFormat.of().formatHex(sha.digest()), bytes, last == '\n' ? lines : lines + 1);
	}

	private static String name(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "upload.csv" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a stray upload is removed with the next clean-up of the data directory
		}
	}

	private record Stored(String sha256, long bytes, long lines) {
	}

	/** A rejected row: its line in the file, the field at fault, a stable code and a message. */
	public record RowError(long line, String field, String code, String message) {
	}
}
