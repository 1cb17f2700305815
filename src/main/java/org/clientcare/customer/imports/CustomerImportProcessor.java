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

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomersImported;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through an import file in batches, on the house's CSV skeleton ({@link CsvImport}). Each batch — its
 * customers, its rejected rows, the import's new position (the line after the batch's last record) and counts, one
 * audit entry and one {@link CustomersImported} event — is one transaction: a crash loses or repeats nothing, and the
 * next run starts at the first record not yet committed. Two workers on one import cannot both commit a batch: the
 * position only moves from where the batch began.
 * <p>
 * A go-live load (a large file into an empty customer table, or one much smaller than the file) commits its batches
 * the same way, but into a staging table without indexes; its last step moves the rows into the customer table and
 * builds the table's secondary indexes afterwards, in one transaction, so that a crash there rolls it back whole and
 * the next run does it again. Rejected rows are reported by line as they are read, in either mode.
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
		int[] batches = { 0 };
		long[] position = { current.nextLine() };
		boolean read;
		try (CsvFile csv = CsvFile.of(file, current.nextLine())) {
			ImportRules rules = new ImportRules(ImportRules.header(csv.header()), identity.orgUnits(), identity::findUser,
					LocalDate.now(clock));
			// While one batch is written, the next is read, checked and encrypted: the database and the JVM work at once.
			read = CsvImport.run(csv, batchSize, row -> seal(rules.check(row)), batch -> {
				if (batches[0] == maxBatches || !commit(current.id(), mode, batch, position[0])) {
					return false;
				}
				position[0] = batch.nextLine();
				batches[0]++;
				return true;
			});
		}
		if (!read) {
			if (batches[0] < maxBatches) {
				log.info("Customer import {} moved on elsewhere; this worker stops", current.id());
			}
			return;
		}
		if (mode == CustomerImports.LoadMode.GO_LIVE) {
			long loaded = System.nanoTime();
			if (!goLive(current.id())) {
				log.info("Customer import {} was finished elsewhere; this worker stops", current.id());
				return;
			}
			log.info("Customer import {}: go-live load staged in {} ms, moved in with the indexes built in {} ms",
					current.id(), (loaded - began) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
		}
		else {
			transactions.executeWithoutResult(status -> imports.finished(current.id(), clock.instant()));
		}
		if (current.ownedFile()) {
			Files.deleteIfExists(file);
		}
		log.info("Customer import {} done: {} batches in {} ms", current.id(), batches[0],
				(System.nanoTime() - began) / 1_000_000);
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
	 * The last step of a go-live load, one transaction: the import marked done (only by the worker that gets there
	 * first), the staged rows moved into the customer table with its indexes built afterwards, the counts, one audit
	 * entry and one {@link CustomersImported} event.
	 */
	private boolean goLive(long importId) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
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
				events.publishEvent(new CustomersImported(importId, Math.toIntExact(promoted.imported())));
			}
			return true;
		}));
	}

	private boolean commit(long importId, CustomerImports.LoadMode mode, CsvImport.Batch<BulkInsert.Sealed> batch,
			long expectedLine) {
		Boolean committed = transactions.execute(status -> {
			if (!imports.advance(importId, expectedLine, batch.nextLine(), batch.bytesRead(), batch.records().size())) {
				return false;
			}
			if (mode == CustomerImports.LoadMode.GO_LIVE) {
				bulk.stage(importId, batch.values());
				imports.errors(importId, rejectedLines(batch));
				imports.count(importId, 0, 0, batch.rejected().size());
				return true;
			}
			List<Long> ids = bulk.insert(batch.values(), clock.instant());
			imports.errors(importId, rejectedLines(batch));
			imports.count(importId, ids.size(), batch.values().size() - ids.size(), batch.rejected().size());
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

	private static List<CustomerImports.LineProblem> rejectedLines(CsvImport.Batch<BulkInsert.Sealed> batch) {
		List<CustomerImports.LineProblem> problems = new ArrayList<>();
		batch.rejected().forEach(r -> r.problems().forEach(p -> problems.add(new CustomerImports.LineProblem(r.line(), p))));
		return problems;
	}

	private CsvImport.Checked<BulkInsert.Sealed> seal(CsvImport.Checked<ImportRules.Candidate> checked) {
		if (!checked.valid()) {
			return CsvImport.Checked.rejected(checked.line(), checked.problems());
		}
		ImportRules.Candidate c = checked.value();
		return CsvImport.Checked.of(c.line(), new BulkInsert.Sealed(c.line(), c.type(), c.name(), c.idType(),
				pii.encrypt(c.idNumber()), pii.searchHash(c.idNumber()), c.idExpiry(),
				pii.encrypt(c.birthDate() == null ? null : c.birthDate().toString()), c.gender(), pii.encrypt(c.phone()),
				pii.searchHash(c.phone()), pii.encrypt(c.email()), pii.encrypt(c.address()), c.occupation(), c.status(),
				c.orgUnitId(), c.managerId(), c.relationshipSince()));
	}

	private void fail(CustomerImport current, String why) {
		log.warn("Customer import {} failed: {}", current.id(), why);
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> imports.failed(current.id(), why, now));
	}
}
