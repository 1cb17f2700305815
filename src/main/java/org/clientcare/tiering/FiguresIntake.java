package org.clientcare.tiering;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.tiering.internal.Figures;
import org.clientcare.tiering.internal.TieringRun;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures from the core banking system (§12 {@code PUT /customers/{id}/metrics} and the nightly CSV file): stored per
 * customer and date, history kept, a second delivery of the same figures changes nothing. Figures sent one by one
 * re-tier the customer at once; a file only stores them, and the next {@code tiering} run tiers its customers.
 * Callers need the intake permission (the machine user {@code core.feed}, administrators).
 */
@Service
public class FiguresIntake {

	static final List<String> COLUMNS = List.of("customerNo", "asOf", "aum", "avgDailyDeposits", "loans",
			"intermediaryIncome", "annualContribution", "badCredit", "litigation", "shareholdingPct");

	private static final int BATCH = 1_000;

	private static final int MAX_ERRORS = 1_000;

	private final Figures figures;

	private final TieringRun run;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FiguresIntake(Figures figures, TieringRun run, IdentityManagement identity, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.figures = figures;
		this.run = run;
		this.identity = identity;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Stores a customer's figures of a date (replacing those of the same date) and re-tiers the customer.
	 *
	 * @throws InvalidInput naming the fields at fault
	 * @throws NotFound     for an unknown customer
	 */
	@Transactional
	public CustomerFigures record(CustomerId customer, CustomerFigures body) {
		requireIntake();
		if (body == null) {
			throw InvalidInput.of("asOf", "required", "Send the figures");
		}
		var problems = body.problems(LocalDate.now(clock));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!figures.customerExists(customer.value())) {
			throw new NotFound("Customer", customer.value());
		}
		CustomerFigures completed = body.completed();
		if (figures.save(customer.value(), completed, clock.instant(), CurrentActor.get().username())) {
			audit.record("tiering.figures-recorded", "customer", customer.value(), null, Map.of("asOf",
					completed.asOf().toString()));
		}
		run.one(customer.value());
		return completed;
	}

	/**
	 * Reads a CSV file (UTF-8, header row naming the columns {@code customerNo, asOf, aum, avgDailyDeposits, loans,
	 * intermediaryIncome, annualContribution, badCredit, litigation, shareholdingPct}) row by row and stores the valid
	 * rows in batches, each batch in its own transaction; a crash loses at most the batch in flight, and importing the
	 * file again finishes the work without duplicating anything.
	 */
	public FiguresImport importCsv(InputStream file) {
		requireIntake();
		String by = CurrentActor.get().username();
		LocalDate today = LocalDate.now(clock);
		long total = 0;
		long imported = 0;
		List<FiguresImport.RowError> errors = new ArrayList<>();
		long rejected = 0;
		List<Pending> pending = new ArrayList<>();
		var reader = new InputStreamReader(file, StandardCharsets.UTF_8);
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).allowMissingFields(true)
			.allowExtraFields(true).ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord record : csv) {
				if (total == 0 && !record.getHeader().containsAll(List.of("customerNo", "asOf", "aum"))) {
					throw InvalidInput.of("file", "header", "The header row must name the columns " + COLUMNS);
				}
				total++;
				long line = record.getStartingLineNumber();
				List<FieldProblem> problems = new ArrayList<>();
				CustomerFigures row = parse(record, problems);
				if (problems.isEmpty()) {
					problems.addAll(row.problems(today));
				}
				String customerNo = record.findField("customerNo").map(String::strip).orElse("");
				if (customerNo.isEmpty()) {
					problems.add(0, new FieldProblem("customerNo", "required", "required"));
				}
				if (!problems.isEmpty()) {
					rejected++;
					if (errors.size() < MAX_ERRORS) {
						errors.add(new FiguresImport.RowError(line, problems.get(0).field(), problems.get(0).code()));
					}
					continue;
				}
				pending.add(new Pending(line, customerNo, row.completed()));
				if (pending.size() == BATCH) {
					long[] counts = flush(pending, by, errors);
					imported += counts[0];
					rejected += counts[1];
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (de.siegmar.fastcsv.reader.CsvParseException e) {
			throw InvalidInput.of("file", "format", "The file is not valid CSV: " + e.getMessage());
		}
		long[] counts = flush(pending, by, errors);
		imported += counts[0];
		rejected += counts[1];
		final long stored = imported;
		final long refused = rejected;
		final long read = total;
		transactions.executeWithoutResult(status -> audit.record("tiering.figures-imported", "import", "metrics", null,
				Map.of("total", read, "imported", stored, "rejected", refused)));
		errors.sort(java.util.Comparator.comparingLong(FiguresImport.RowError::line));
		return new FiguresImport(total, imported, rejected, errors);
	}

	/** Stores a batch; rows naming an unknown customer are rejected. Answers {stored, rejected}. */
	private long[] flush(List<Pending> pending, String by, List<FiguresImport.RowError> errors) {
		if (pending.isEmpty()) {
			return new long[2];
		}
		Map<String, Long> ids = figures.idsOf(pending.stream().map(Pending::customerNo).distinct().toList());
		List<Map.Entry<Long, CustomerFigures>> rows = new ArrayList<>();
		long rejected = 0;
		for (Pending p : pending) {
			Long id = ids.get(p.customerNo());
			if (id == null) {
				rejected++;
				if (errors.size() < MAX_ERRORS) {
					errors.add(new FiguresImport.RowError(p.line(), "customerNo", "unknown"));
				}
				continue;
			}
			rows.add(Map.entry(id, p.figures()));
		}
		pending.clear();
		if (!rows.isEmpty()) {
			transactions.executeWithoutResult(status -> figures.saveAll(rows, clock.instant(), by));
		}
		return new long[] { rows.size(), rejected };
	}

	/** A valid row waiting for its batch. */
	private record Pending(long line, String customerNo, CustomerFigures figures) {
	}

	private static CustomerFigures parse(NamedCsvRecord r, List<FieldProblem> problems) {
		return new CustomerFigures(date(r, "asOf", problems), amount(r, "aum", problems),
				amount(r, "avgDailyDeposits", problems), amount(r, "loans", problems),
				amount(r, "intermediaryIncome", problems), amount(r, "annualContribution", problems),
				flag(r, "badCredit", problems), flag(r, "litigation", problems), amount(r, "shareholdingPct", problems));
	}

	private static String value(NamedCsvRecord r, String field) {
		return r.findField(field).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
	}

	private static LocalDate date(NamedCsvRecord r, String field, List<FieldProblem> problems) {
		String v = value(r, field);
		try {
			return v == null ? null : LocalDate.parse(v);
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(new FieldProblem(field, "format", "YYYY-MM-DD"));
			return null;
		}
	}

	private static BigDecimal amount(NamedCsvRecord r, String field, List<FieldProblem> problems) {
		String v = value(r, field);
		try {
			return v == null ? null : new BigDecimal(v);
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(field, "format", "a decimal number"));
			return null;
		}
	}

	private static Boolean flag(NamedCsvRecord r, String field, List<FieldProblem> problems) {
		String v = value(r, field);
		if (v == null) {
			return null;
		}
		return switch (v.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "1", "y", "yes" -> true;
			case "false", "0", "n", "no" -> false;
			default -> {
				problems.add(new FieldProblem(field, "format", "true or false"));
				yield null;
			}
		};
	}

	private void requireIntake() {
		if (!identity.currentMay(Role.Permission.INTAKE)) {
			throw new Forbidden("intake-only", "Only the core banking feed and administrators deliver figures");
		}
	}
}
