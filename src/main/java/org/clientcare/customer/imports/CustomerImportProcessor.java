package org.clientcare.customer.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomersImported;
import org.clientcare.customer.internal.MaskedPii;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.csv.CsvFile;
import org.clientcare.shared.csv.CsvImport;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through an import file in batches, on the house's CSV skeleton ({@link CsvImport}). Each batch — its
 * customers, its rejected rows, the import's new position (the line after the batch's last record) and counts, one
 * audit entry and one {@link CustomersImported} event — is one transaction: a crash loses or repeats nothing, and the
 * next run starts at the first record not yet committed. Its commit does not wait for the disk
 * ({@link BulkInsert#deferCommit}): a crash of the database server may undo the last batches whole, position and all,
 * which the next run then repeats. Two workers on one import cannot both commit a batch: the position only moves from
 * where the batch began.
 * <p>
 * A go-live load (a large file into an empty customer table, or one much smaller than the file) commits its batches
 * the same way, with the same counts and one audit entry each, but writes them straight into the customer table with
 * {@code COPY}, its secondary indexes dropped by the first batch (and remembered in the database) and built again at
 * the end, the unique rule's first. While they are dropped, the load keeps the one-customer-per-document rule itself
 * (it knows every document on file) and its guard keeps every other writer of customers out; should the rule still
 * fail to build again, the load is undone (its customers deleted, the import failed). It publishes one
 * {@link CustomersImported} event for the whole load. A crash while loading resumes at the first row not yet
 * committed, and the run that finishes the import (or fails it) builds the dropped indexes again. Rejected rows are
 * reported by line as they are read, in either mode.
 */
@Component
public class CustomerImportProcessor {

	private static final Logger log = LoggerFactory.getLogger(CustomerImportProcessor.class);

	private final CustomerImports imports;

	private final BulkInsert bulk;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CustomerImportSettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	CustomerImportProcessor(CustomerImports imports, BulkInsert bulk, IdentityManagement identity, PiiCipher pii,
			AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
			CustomerImportSettings settings, PlatformSettings platform, Clock clock) {
		this.imports = imports;
		this.bulk = bulk;
		this.identity = identity;
		this.pii = pii;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/** Imports the rest of the file, in batches of the settings' size for its load mode. */
	public CustomerImport process(long importId) {
		return process(importId, 0, Integer.MAX_VALUE);
	}

	/**
	 * Imports at most {@code maxBatches} batches of {@code batchSize} rows (0: the settings' size for the import's load
	 * mode) and stops, as a crash after a commit would; answers the import as it then stands.
	 */
	public CustomerImport process(long importId, int batchSize, int maxBatches) {
		CustomerImport current = imports.find(importId).orElseThrow();
		if (current.status().finished()) {
			return current;
		}
		Path file = Path.of(current.storedPath());
		if (!Files.isReadable(file)) {
			fail(current, "The file " + file + " is gone");
			return imports.find(importId).orElseThrow();
		}
		Actor actor = new Actor(current.requestedBy(), current.requestedRole(), null, null, "customer-import:" + importId);
		CurrentActor.runAs(actor, () -> {
			try {
				run(current, file, batchSize, maxBatches);
			}
			catch (IOException e) {
				fail(current, "The file could not be read: " + e.getMessage());
			}
			catch (java.io.UncheckedIOException e) {
				fail(current, "The file could not be read: " + e.getCause().getMessage());
			}
			catch (InvalidInput e) {
				fail(current, e.fieldProblems().get(0).message());
			}
		});
		return imports.find(importId).orElseThrow();
	}

	private void run(CustomerImport current, Path file, int batchSize, int maxBatches) throws IOException {
		long began = System.nanoTime();
		Optional<CustomerImports.LoadMode> chosen = imports.started(current.id(), platform.instanceName(),
				proposedMode(current), clock.instant());
		if (chosen.isEmpty()) {
			return;
		}
		CustomerImports.LoadMode mode = chosen.get();
		int size = batchSize > 0 ? batchSize
				: mode == CustomerImports.LoadMode.GO_LIVE ? settings.goLiveBatchSize() : settings.batchSize();
		Phases phases = new Phases();
		KnownDocuments known = new KnownDocuments();
		int[] batches = { 0 };
		long[] position = { current.nextLine() };
		boolean read;
		try (CsvFile csv = CsvFile.of(file, current.nextLine())) {
			ImportRules rules = new ImportRules(ImportRules.header(csv.header()), identity.orgUnits(), identity::findUser,
					LocalDate.now(clock));
			// While one batch is written, the next is read, checked and encrypted: the database and the JVM work at once.
			phases.readingStarted();
			read = CsvImport.run(csv, size, row -> phases.check(rules, row, this::seal), batch -> {
				long storing = phases.storing();
				try {
					if (batches[0] == maxBatches || !commit(current.id(), mode, batch, position[0], batches[0] == 0, phases, known)) {
						return false;
					}
				}
				finally {
					phases.stored(storing, batch.records().size());
				}
				position[0] = batch.nextLine();
				batches[0]++;
				return true;
			});
			phases.readingEnded();
		}
		long loaded = System.nanoTime();
		if (!read) {
			if (batches[0] < maxBatches) {
				log.info("Customer import {} moved on elsewhere; this worker stops", current.id());
			}
			return;
		}
		if (mode == CustomerImports.LoadMode.GO_LIVE) {
			if (!goLive(current.id(), phases)) {
				log.info("Customer import {} was finished elsewhere; this worker stops", current.id());
				return;
			}
		}
		else {
			transactions.executeWithoutResult(status -> imports.finished(current.id(), clock.instant()));
		}
		if (current.ownedFile()) {
			Files.deleteIfExists(file);
		}
		long ended = System.nanoTime();
		log.info("Customer import {} done ({}): {} rows in {} batches in {} ms: reading, checking, sealing and writing"
				+ " the batches {} ms, then the end {} ms", current.id(), mode, phases.rows, batches[0], Phases.ms(ended - began),
				Phases.ms(loaded - began), Phases.ms(ended - loaded));
		phases.describe(current.id(), mode == CustomerImports.LoadMode.GO_LIVE).forEach(log::info);
	}

	/**
	 * A go-live load when the file is large and the customer table much smaller than it (an empty one at go-live):
	 * random inserts into the table's keyed-hash indexes would then cost far more than building them once.
	 */
	private CustomerImports.LoadMode proposedMode(CustomerImport current) {
		if (current.nextLine() > 0 || current.estimatedRows() < settings.goLiveMinRows()) {
			return CustomerImports.LoadMode.DELTA;
		}
		return imports.loadMode(current.id())
			.orElseGet(() -> imports.fewerCustomersThan(current.estimatedRows() / settings.goLiveRatio())
					? CustomerImports.LoadMode.GO_LIVE : CustomerImports.LoadMode.DELTA);
	}

	/**
	 * The last step of a go-live load: each index the load dropped built again, one transaction each (a crash loses
	 * only the index in progress; another worker building the same index waits and then skips it), then one
	 * transaction marking the import done (only by the worker that gets there first) with one
	 * {@link CustomersImported} event for the whole load, and the table analysed. Rows an import staged before
	 * go-live loads wrote straight into the customer table are moved in here as before ({@link #promote}).
	 */
	private boolean goLive(long importId, Phases phases) {
		long building = System.nanoTime();
		boolean whole = rebuildIndexes(importId, phases.built);
		phases.indexes = System.nanoTime() - building;
		if (!whole) {
			return true;
		}
		if (Boolean.TRUE.equals(transactions.execute(status -> bulk.hasStaged(importId)))) {
			return promote(importId);
		}
		long finishing = System.nanoTime();
		boolean finished = Boolean.TRUE.equals(transactions.execute(status -> {
			if (!imports.finished(importId, clock.instant())) {
				return false;
			}
			long imported = imports.find(importId).orElseThrow().imported();
			if (imported > 0) {
				events.publishEvent(new CustomersImported(importId, Math.toIntExact(imported)));
			}
			return true;
		}));
		long analysing = System.nanoTime();
		phases.finish = analysing - finishing;
		if (finished) {
			bulk.analyze();
		}
		phases.analyse = System.nanoTime() - analysing;
		return finished;
	}

	/**
	 * Builds again the indexes the import dropped, {@link #builders} at a time (one on this thread, the others beside
	 * it), each build helped by {@link #helpers} of the database's processes: PostgreSQL builds an index on one
	 * connection and its helpers, and the server has more than one core. The unique rule's index comes first, as the
	 * largest, beside the others; should it fail to build (two customers with one document: a writer got past the
	 * load's guard), the load is undone ({@link #undo}). Once every index is back, one transaction adds the rule's
	 * constraint on its index and lifts the guard (it takes the table for itself, so it waits for no build and no build
	 * waits for it). Answers false when the load was undone.
	 */
	private boolean rebuildIndexes(long importId) {
		return rebuildIndexes(importId, new ConcurrentLinkedQueue<>());
	}

	/** {@link #rebuildIndexes(long)}, adding each index built and its time to {@code built}. */
	private boolean rebuildIndexes(long importId, Queue<String> built) {
		List<String> dropped = transactions.execute(status -> bulk.droppedIndexes(importId));
		if (dropped == null || dropped.isEmpty()) {
			return true;
		}
		int builders = builders(settings.indexBuildCores());
		int helpers = helpers(settings.indexBuildCores());
		ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(dropped);
		AtomicReference<String> broken = new AtomicReference<>();
		Runnable builder = () -> {
			for (String index = queue.poll(); index != null; index = queue.poll()) {
				String name = index;
				long start = System.nanoTime();
				try {
					boolean rule = BulkInsert.DOCUMENT_RULE.equals(name);
					if (Boolean.TRUE.equals(transactions.execute(status -> rule ? bulk.buildRuleIndex(importId, helpers)
							: bulk.rebuild(importId, name, helpers)))) {
						built.add(name + " " + Phases.ms(System.nanoTime() - start) + " ms");
					}
				}
				catch (DataIntegrityViolationException e) {
					log.error("Customer import {}: the index {} could not be built again: {}", importId, name,
							e.getMostSpecificCause().getMessage());
					broken.set(name);
				}
			}
		};
		// The builds beside this thread get threads of their own: a shared pool (the common one has a single thread on
		// two cores) could make them wait for other work, or one another.
		int beside = Math.min(builders, dropped.size()) - 1;
		AtomicInteger threads = new AtomicInteger();
		ExecutorService others = beside < 1 ? null : Executors.newFixedThreadPool(
				beside, work -> {
					Thread thread = new Thread(work, "customer-import-" + importId + "-index-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < beside; i++) {
				running.add(others.submit(builder));
			}
			builder.run();
			for (Future<?> build : running) {
				awaitBuild(build);
			}
		}
		finally {
			if (others != null) {
				others.shutdown();
			}
		}
		if (broken.get() != null) {
			undo(importId, broken.get());
			return false;
		}
		if (dropped.contains(BulkInsert.DOCUMENT_RULE)) {
			long start = System.nanoTime();
			if (Boolean.TRUE.equals(exclusively(importId, "adding the unique rule's constraint and lifting the guard",
					status -> bulk.rebuild(importId, BulkInsert.DOCUMENT_RULE, helpers)))) {
				built.add("the rule's constraint and the guard lifted " + Phases.ms(System.nanoTime() - start) + " ms");
			}
		}
		return true;
	}

	private static void awaitBuild(Future<?> build) {
		try {
			build.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the indexes were built", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * Runs {@code work} in a transaction that takes the customer table for itself ({@link BulkInsert#takeTable}), again
	 * and again until it gets the table: after each attempt that waited {@code table-lock-timeout} in vain, the
	 * transaction is rolled back and the next one starts after a pause (a quarter of a second, doubled each time up to
	 * two seconds), so that neither the load nor the readers of customers queued behind it wait on a session that
	 * holds the table for long. Once it has waited five seconds in all, and every thirty seconds after, it logs the
	 * sessions that hold the table; it ends no session.
	 */
	private <T> T exclusively(long importId, String step, TransactionCallback<T> work) {
		long began = System.nanoTime();
		long warned = 0;
		long pause = 250;
		for (int attempt = 1;; attempt++) {
			try {
				T result = transactions.execute(work);
				if (attempt > 1) {
					log.info("Customer import {}: {} took the customer table at attempt {}, after {} ms", importId, step,
							attempt, Phases.ms(System.nanoTime() - began));
				}
				return result;
			}
			catch (BulkInsert.TableBusy busy) {
				long waited = System.nanoTime() - began;
				if (waited - warned >= (warned == 0 ? WARN_AFTER : WARN_EVERY)) {
					warned = waited;
					List<String> holders = holders();
					log.warn("Customer import {}: {} has waited {} ms for the customer table ({} attempts of {} ms); it is"
							+ " held by {}", importId, step, Phases.ms(waited), attempt,
							settings.tableLockTimeout().toMillis(), holders == null || holders.isEmpty()
									? "no session now" : String.join("; ", holders));
				}
				try {
					Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause / 4 + 1));
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw busy;
				}
				pause = Math.min(pause * 2, 2_000);
			}
		}
	}

	/** The sessions holding the customer table, for the warning; a failure to read them never stops the load. */
	private List<String> holders() {
		try {
			return transactions.execute(status -> bulk.tableHolders());
		}
		catch (DataAccessException e) {
			return List.of("unknown (" + e.getMostSpecificCause().getMessage() + ")");
		}
	}

	/** How long the attempts to take the customer table go on before the sessions holding it are logged, and then how often. */
	private static final long WARN_AFTER = 5_000_000_000L;

	private static final long WARN_EVERY = 30_000_000_000L;

	/** Index builds at once for a database server of {@code cores} cores: half of them, at least two and at most four. */
	static int builders(int cores) {
		return Math.min(4, Math.max(2, cores / 2));
	}

	/** The database's helper processes for each of the {@link #builders} builds: the cores left over, if any. */
	static int helpers(int cores) {
		return Math.max(0, cores / builders(cores) - 1);
	}

	/**
	 * Undoes a go-live load whose unique rule could not be built again, in one transaction: its customers deleted, the
	 * rule built again and the guard taken off ({@link BulkInsert#undo}), the import failed with its counts of customers
	 * at nought and an audit entry saying so. The lines it rejected stay reported.
	 */
	private void undo(long importId, String index) {
		exclusively(importId, "undoing the load", status -> {
			long deleted = bulk.undo(importId);
			String why = "Two customers would hold one document (the index " + index + " could not be built again);"
					+ " the load was undone: its " + deleted + " customers were deleted";
			imports.failed(importId, why, clock.instant());
			imports.undone(importId);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("deleted", deleted);
			state.put("mode", "go-live");
			audit.record("customer.import-undone", "customer-import", importId, null, state);
			return null;
		});
		log.warn("Customer import {} undone: the unique rule {} could not be built again", importId, index);
	}

	/** The earlier go-live load's last step, for rows staged before this version, in one transaction. */
	private boolean promote(long importId) {
		return Boolean.TRUE.equals(exclusively(importId, "moving the staged rows in", status -> {
			Instant now = clock.instant();
			if (!imports.finished(importId, now)) {
				return false;
			}
			BulkInsert.Promoted promoted = bulk.promote(importId, now);
			imports.count(importId, promoted.imported(), promoted.unchanged(), 0);
			if (promoted.imported() > 0) {
				Map<String, Object> state = new LinkedHashMap<>();
				state.put("count", promoted.imported());
				state.put("firstCustomerId", promoted.firstId());
				state.put("lastCustomerId", promoted.lastId());
				state.put("mode", "go-live");
				audit.record("customer.imported", "customer-import", importId, null, state);
			}
			long imported = imports.find(importId).orElseThrow().imported();
			if (imported > 0) {
				events.publishEvent(new CustomersImported(importId, Math.toIntExact(imported)));
			}
			return true;
		}));
	}

	private boolean commit(long importId, CustomerImports.LoadMode mode, CsvImport.Batch<BulkInsert.Sealed> batch,
			long expectedLine, boolean firstOfRun, Phases phases, KnownDocuments known) {
		boolean goLive = mode == CustomerImports.LoadMode.GO_LIVE;
		TransactionCallback<Boolean> work = status -> {
			if (!imports.advance(importId, expectedLine, batch.nextLine(), batch.bytesRead(), batch.records().size())) {
				return false;
			}
			bulk.deferCommit();
			if (goLive && firstOfRun) {
				bulk.dropIndexes(importId);
			}
			long writing = System.nanoTime();
			List<Long> ids = goLive ? bulk.write(batch.values(), clock.instant(), phases.writes, known)
					: bulk.insert(batch.values(), clock.instant(), phases.writes);
			phases.written(writing);
			imports.errors(importId, rejectedLines(batch));
			imports.count(importId, ids.size(), batch.values().size() - ids.size(), batch.rejected().size());
			if (!ids.isEmpty()) {
				Map<String, Object> state = new LinkedHashMap<>();
				state.put("count", ids.size());
				state.put("firstCustomerId", Collections.min(ids));
				state.put("lastCustomerId", Collections.max(ids));
				state.put("lines", batch.firstLine() + "-" + batch.lastLine());
				if (goLive) {
					state.put("mode", "go-live");
				}
				audit.record("customer.imported", "customer-import", importId, null, state);
				if (!goLive) {
					events.publishEvent(new CustomersImported(importId, ids.size()));
				}
			}
			phases.committing = System.nanoTime();
			return true;
		};
		// The first batch of a go-live run takes the table to drop its indexes: it tries again while others hold it.
		Boolean committed = goLive && firstOfRun ? exclusively(importId, "dropping the indexes", work)
				: transactions.execute(work);
		if (Boolean.TRUE.equals(committed)) {
			phases.committed();
		}
		return Boolean.TRUE.equals(committed);
	}

	private static List<CustomerImports.LineProblem> rejectedLines(CsvImport.Batch<BulkInsert.Sealed> batch) {
		List<CustomerImports.LineProblem> problems = new ArrayList<>();
		batch.rejected().forEach(r -> r.problems().forEach(p -> problems.add(new CustomerImports.LineProblem(r.line(), p))));
		return problems;
	}

	/**
	 * A checked row sealed: its PII encrypted, its document and phone hashed, its masked forms, and its columns encoded
	 * for {@code COPY} (either mode's), here on the checking thread rather than in the batch's transaction.
	 */
	private CsvImport.Checked<BulkInsert.Sealed> seal(CsvImport.Checked<ImportRules.Candidate> checked) {
		if (!checked.valid()) {
			return CsvImport.Checked.rejected(checked.line(), checked.problems());
		}
		ImportRules.Candidate c = checked.value();
		BulkInsert.Sealed sealed = new BulkInsert.Sealed(c.line(), c.type(), c.name(), c.idType(),
				pii.encrypt(c.idNumber()), pii.searchHash(c.idNumber()), c.idExpiry(),
				pii.encrypt(c.birthDate() == null ? null : c.birthDate().toString()), c.gender(), pii.encrypt(c.phone()),
				pii.searchHash(c.phone()), pii.encrypt(c.email()), pii.encrypt(c.address()), c.occupation(), c.status(),
				c.orgUnitId(), c.managerId(), c.relationshipSince(),
				MaskedPii.of(c.idNumber(), c.birthDate(), c.phone(), c.email(), c.address()));
		return CsvImport.Checked.of(c.line(), sealed.encoded());
	}

	/**
	 * Fails an import whose task failed {@code attempts} times in a row (an error no line of the file explains), with
	 * the last run's reason, and builds again any index a go-live load dropped; its task is stopped by the caller.
	 */
	public void giveUp(long importId, int attempts, Throwable cause) {
		Throwable specific = cause == null ? null : org.springframework.core.NestedExceptionUtils.getMostSpecificCause(cause);
		String why = specific == null ? "unknown"
				: specific.getMessage() == null || specific.getMessage().isBlank() ? specific.getClass().getSimpleName()
						: specific.getMessage();
		log.error("Customer import {} failed {} times in a row and is no longer retried: {}", importId, attempts, why,
				cause);
		transactions.executeWithoutResult(status -> imports.failedAfterAttempts(importId, why, attempts, clock.instant()));
		try {
			rebuildIndexes(importId);
		}
		catch (RuntimeException e) {
			log.error("Customer import {}: the indexes it dropped could not be built again", importId, e);
		}
	}

	private void fail(CustomerImport current, String why) {
		log.warn("Customer import {} failed: {}", current.id(), why);
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> imports.failed(current.id(), why, now));
		rebuildIndexes(current.id());
	}
	/**
	 * Where an import's time goes, for its log lines at the end (one per phase): the checks and the sealing on the
	 * checking threads (time on those threads, and their CPU time, which is less when they wait for a core); the
	 * importing thread reading the file and waiting for checked batches; the batches' transactions, of which the
	 * rows' statements (for a go-live load: the table lock, the look-up of the documents, the ids and numbers, the
	 * rows encoded, {@code COPY} into the table with its unique indexes; for a delta: the documents looked up, the ids
	 * and numbers, {@code COPY} into the table with its indexes) and the commits; the indexes built, each with
	 * its time; the finish with its event; the analysis.
	 */
	private static final class Phases {

		private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
			.getThreadMXBean();

		private final LongAdder checking = new LongAdder();

		private final LongAdder sealing = new LongAdder();

		/**
		 * Of each thread that checked rows of this import: its CPU time when it checked the first, then when it last
		 * looked (every {@value #CPU_EVERY} rows, and at the end while it lives), and the rows it checked since.
		 */
		private final Queue<long[]> checkers = new ConcurrentLinkedQueue<>();

		private final ThreadLocal<long[]> checker = ThreadLocal.withInitial(() -> {
			long[] cpu = { Thread.currentThread().getId(), THREADS.getCurrentThreadCpuTime(), 0, 0 };
			cpu[2] = cpu[1];
			checkers.add(cpu);
			return cpu;
		});

		private static final int CPU_EVERY = 64;

		private final BulkInsert.WriteTimes writes = new BulkInsert.WriteTimes();

		private final Queue<String> built = new ConcurrentLinkedQueue<>();

		private long rows;

		private long readingStarted;

		private long readingCpu;

		private long lastStored;

		private long between;

		private long storing;

		private long writing;

		private long committing;

		private long commits;

		private long indexes;

		private long finish;

		private long analyse;

		<T> CsvImport.Checked<T> check(ImportRules rules, org.clientcare.shared.csv.CsvRow row,
				java.util.function.Function<CsvImport.Checked<ImportRules.Candidate>, CsvImport.Checked<T>> seal) {
			long[] cpu = checker.get();
			if (++cpu[3] == CPU_EVERY) {
				cpu[2] = THREADS.getCurrentThreadCpuTime();
				cpu[3] = 0;
			}
			long start = System.nanoTime();
			CsvImport.Checked<ImportRules.Candidate> checked = rules.check(row);
			long checkedAt = System.nanoTime();
			CsvImport.Checked<T> sealed = seal.apply(checked);
			checking.add(checkedAt - start);
			sealing.add(System.nanoTime() - checkedAt);
			return sealed;
		}

		void readingStarted() {
			readingStarted = System.nanoTime();
			lastStored = readingStarted;
			readingCpu = THREADS.getCurrentThreadCpuTime();
		}

		void readingEnded() {
			readingCpu = THREADS.getCurrentThreadCpuTime() - readingCpu;
		}

		long storing() {
			long now = System.nanoTime();
			between += now - lastStored;
			return now;
		}

		void stored(long since, int records) {
			lastStored = System.nanoTime();
			storing += lastStored - since;
			rows += records;
		}

		void written(long since) {
			writing += System.nanoTime() - since;
		}

		void committed() {
			commits += System.nanoTime() - committing;
		}

		private long checkersCpu() {
			long sum = 0;
			for (long[] cpu : checkers) {
				long now = THREADS.getThreadCpuTime(cpu[0]);
				sum += (now >= cpu[2] ? now : cpu[2]) - cpu[1];
			}
			return sum;
		}

		List<String> describe(long importId, boolean goLive) {
			String of = "Customer import " + importId + " phase ";
			List<String> lines = new ArrayList<>();
			lines.add(of + String.format("checks: checking %d ms and sealing %d ms on %d checking threads, %d ms of CPU"
					+ " on them", ms(checking.sum()), ms(sealing.sum()), checkers.size(), ms(checkersCpu())));
			lines.add(of + String.format("importing thread: %d ms reading the file and waiting for checked batches between"
					+ " the batches' transactions (its CPU over the whole loop %d ms)", ms(between), ms(readingCpu)));
			String rowsWritten = goLive ? String.format("writing the rows %d ms (table lock %d ms, documents looked up %d ms,"
					+ " ids and numbers %d ms, rows encoded %d ms, COPY with the unique indexes %d ms)", ms(writing),
					ms(writes.lock), ms(writes.lookup), ms(writes.numbers), ms(writes.encode), ms(writes.copy))
					: String.format("inserting the rows %d ms (documents looked up %d ms, ids and numbers %d ms, COPY into"
							+ " the customer table with its indexes %d ms)", ms(writing), ms(writes.lookup), ms(writes.numbers),
							ms(writes.copy));
			lines.add(of + String.format("batches' transactions: %d ms, of which %s, commits %d ms", ms(storing),
					rowsWritten, ms(commits)));
			if (goLive) {
				lines.add(of + String.format("indexes built: %d ms (%s)", ms(indexes), String.join(", ", built)));
				lines.add(of + String.format("end: finished with its event %d ms, analysed %d ms", ms(finish), ms(analyse)));
			}
			return lines;
		}

		static long ms(long nanos) {
			return nanos / 1_000_000;
		}
	}

}
