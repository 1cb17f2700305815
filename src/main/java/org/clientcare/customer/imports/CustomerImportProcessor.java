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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomersImported;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through an import file in batches. Each batch — its customers, its rejected rows, the import's new position
 * and counts, one audit entry and one {@link CustomersImported} event — is one transaction: a crash loses or repeats
 * nothing, and the next run starts at the first record not yet committed. Two workers on one import cannot both
 * commit a batch: the position only moves from where the batch began.
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

	/** Imports the rest of the file. */
	public CustomerImport process(long importId) {
		return process(importId, settings.batchSize(), Integer.MAX_VALUE);
	}

	/**
	 * Imports at most {@code maxBatches} batches of {@code batchSize} rows and stops, as a crash after a commit would;
	 * answers the import as it then stands.
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
			catch (InvalidInput e) {
				fail(current, e.fieldProblems().get(0).message());
			}
		});
		return imports.find(importId).orElseThrow();
	}

	private void run(CustomerImport current, Path file, int batchSize, int maxBatches) throws IOException {
		long began = System.nanoTime();
		imports.started(current.id(), platform.instanceName(), clock.instant());
		Map<String, Integer> columns;
		long start;
		long startLine;
		try (CsvReader header = CsvReader.open(file, 0, 1)) {
			columns = ImportRules.header(header.next());
			start = current.nextOffset() > 0 ? current.nextOffset() : header.offset();
			startLine = current.nextOffset() > 0 ? current.nextLine() : header.line();
		}
		ImportRules rules = new ImportRules(columns, identity.orgUnits(), identity::findUser, LocalDate.now(clock));
		long stored = current.nextOffset();
		int batches = 0;
		try (CsvReader reader = CsvReader.open(file, start, startLine)) {
			// While one batch is written, the next is read, checked and encrypted: the database and the JVM work at once.
			CompletableFuture<Batch> pending = prepare(reader, rules, batchSize);
			while (batches < maxBatches) {
				Batch batch = join(pending);
				if (batch.size() == 0) {
					transactions.executeWithoutResult(status -> imports.finished(current.id(), clock.instant()));
					if (current.ownedFile()) {
						Files.deleteIfExists(file);
					}
					log.info("Customer import {} done: {} batches in {} ms", current.id(), batches,
							(System.nanoTime() - began) / 1_000_000);
					return;
				}
				pending = prepare(reader, rules, batchSize);
				if (!commit(current.id(), batch, stored)) {
					log.info("Customer import {} moved on elsewhere; this worker stops", current.id());
					join(pending);
					return;
				}
				stored = batch.nextOffset();
				batches++;
			}
			join(pending);
		}
	}

	/** Reads the next batch of records here, then checks and seals them on other threads. */
	private CompletableFuture<Batch> prepare(CsvReader reader, ImportRules rules, int batchSize) throws IOException {
		List<CsvReader.Record> records = new ArrayList<>(batchSize);
		CsvReader.Record record;
		while (records.size() < batchSize && (record = reader.next()) != null) {
			records.add(record);
		}
		long nextOffset = reader.offset();
		long nextLine = reader.line();
		return CompletableFuture.supplyAsync(() -> {
			List<ImportRules.Outcome> outcomes = records.parallelStream().map(rules::check).toList();
			List<BulkInsert.Sealed> sealed = outcomes.parallelStream().filter(o -> o.candidate() != null)
				.map(o -> seal(o.candidate())).toList();
			List<CustomerImports.LineProblem> problems = new ArrayList<>();
			outcomes.stream().filter(o -> o.candidate() == null)
				.forEach(o -> o.problems().forEach(p -> problems.add(new CustomerImports.LineProblem(o.line(), p))));
			return new Batch(records.size(), records.isEmpty() ? 0 : records.get(0).line(),
					records.isEmpty() ? 0 : records.get(records.size() - 1).line(), sealed, problems,
					outcomes.size() - sealed.size(), nextOffset, nextLine);
		});
	}

	private boolean commit(long importId, Batch batch, long expectedOffset) {
		Boolean committed = transactions.execute(status -> {
			if (!imports.advance(importId, expectedOffset, batch.nextOffset(), batch.nextLine(), batch.size())) {
				return false;
			}
			List<Long> ids = bulk.insert(batch.sealed(), clock.instant());
			imports.errors(importId, batch.problems());
			imports.count(importId, ids.size(), batch.sealed().size() - ids.size(), batch.rejected());
			if (!ids.isEmpty()) {
				Map<String, Object> state = new LinkedHashMap<>();
				state.put("count", ids.size());
				state.put("firstCustomerId", Collections.min(ids));
				state.put("lastCustomerId", Collections.max(ids));
				state.put("lines", batch.firstLine() + "-" + batch.lastLine());
				audit.record("customer.imported", "customer-import", importId, null, state);
				events.publishEvent(new CustomersImported(importId, ids.size()));
			}
			return true;
		});
		return Boolean.TRUE.equals(committed);
	}

	private static Batch join(CompletableFuture<Batch> batch) {
		try {
			return batch.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
		}
	}

	private BulkInsert.Sealed seal(ImportRules.Candidate c) {
		return new BulkInsert.Sealed(c.line(), c.type(), c.name(), c.idType(), pii.encrypt(c.idNumber()),
				pii.searchHash(c.idNumber()), c.idExpiry(), pii.encrypt(c.birthDate() == null ? null : c.birthDate().toString()),
				c.gender(), pii.encrypt(c.phone()), pii.searchHash(c.phone()), pii.encrypt(c.email()), pii.encrypt(c.address()),
				c.occupation(), c.status(), c.orgUnitId(), c.managerId(), c.relationshipSince());
	}

	/** Records read for one transaction, checked and sealed, and where the file continues after them. */
	private record Batch(int size, long firstLine, long lastLine, List<BulkInsert.Sealed> sealed,
			List<CustomerImports.LineProblem> problems, long rejected, long nextOffset, long nextLine) {
	}

	private void fail(CustomerImport current, String why) {
		log.warn("Customer import {} failed: {}", current.id(), why);
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> imports.failed(current.id(), why, now));
	}
}
