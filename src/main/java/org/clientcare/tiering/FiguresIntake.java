package org.clientcare.tiering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.csv.CsvFile;
import org.clientcare.shared.csv.CsvHeader;
import org.clientcare.shared.csv.CsvImport;
import org.clientcare.shared.csv.CsvRow;
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
		var rejections = new CsvImport.Rejections<FiguresImport.RowError>(MAX_ERRORS,
				r -> new FiguresImport.RowError(r.line(), r.problems().get(0).field(), r.problems().get(0).code()));
		long[] read = { 0 };
		long[] stored = { 0 };
		try (CsvFile csv = CsvFile.of(file)) {
			CsvHeader header = csv.header();
			if (!header.names(List.of("customerNo", "asOf", "aum"))) {
				throw InvalidInput.of("file", "header", "The header row must name the columns " + COLUMNS);
			}
			CsvImport.run(csv, BATCH, row -> check(header, row, today), batch -> {
				read[0] += batch.records().size();
				batch.rejected().forEach(rejections::add);
				stored[0] += store(batch.records(), by, rejections);
				return true;
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long total = read[0];
		long imported = stored[0];
		long rejected = rejections.count();
		transactions.executeWithoutResult(status -> audit.record("tiering.figures-imported", "import", "metrics", null,
				Map.of("total", total, "imported", imported, "rejected", rejected)));
		return new FiguresImport(total, imported, rejected, rejections.errors());
	}

	/** One row: its figures complete and plausible, and a customer number. */
	private static CsvImport.Checked<Pending> check(CsvHeader header, CsvRow row, LocalDate today) {
		if (row.problem() != null) {
			return CsvImport.Checked.unreadable(row);
		}
		List<FieldProblem> problems = new ArrayList<>();
		CustomerFigures figures = parse(header, row, problems);
		if (problems.isEmpty()) {
			problems.addAll(figures.problems(today));
		}
		String customerNo = header.value(row, "customerNo");
		if (customerNo.isEmpty()) {
			problems.add(0, new FieldProblem("customerNo", "required", "required"));
		}
		return problems.isEmpty() ? CsvImport.Checked.of(row.line(), new Pending(customerNo, figures.completed()))
				: CsvImport.Checked.rejected(row.line(), problems);
	}

	/** Stores a batch's valid rows in one transaction; rows naming an unknown customer are rejected. Answers how many were stored. */
	private long store(List<CsvImport.Checked<Pending>> batch, String by, CsvImport.Rejections<?> rejections) {
		List<CsvImport.Checked<Pending>> valid = batch.stream().filter(CsvImport.Checked::valid).toList();
		if (valid.isEmpty()) {
			return 0;
		}
		Map<String, Long> ids = figures.idsOf(valid.stream().map(p -> p.value().customerNo()).distinct().toList());
		List<Map.Entry<Long, CustomerFigures>> rows = new ArrayList<>();
		for (var p : valid) {
			Long id = ids.get(p.value().customerNo());
			if (id == null) {
				rejections.add(CsvImport.Checked.rejected(p.line(), List.of(new FieldProblem("customerNo", "unknown", "unknown"))));
				continue;
			}
			rows.add(Map.entry(id, p.value().figures()));
		}
		if (!rows.isEmpty()) {
			transactions.executeWithoutResult(status -> figures.saveAll(rows, clock.instant(), by));
		}
		return rows.size();
	}

	/** A valid row waiting for its batch. */
	private record Pending(String customerNo, CustomerFigures figures) {
	}

	private static CustomerFigures parse(CsvHeader h, CsvRow r, List<FieldProblem> problems) {
		return new CustomerFigures(date(h.valueOrNull(r, "asOf"), "asOf", problems),
				amount(h.valueOrNull(r, "aum"), "aum", problems),
				amount(h.valueOrNull(r, "avgDailyDeposits"), "avgDailyDeposits", problems),
				amount(h.valueOrNull(r, "loans"), "loans", problems),
				amount(h.valueOrNull(r, "intermediaryIncome"), "intermediaryIncome", problems),
				amount(h.valueOrNull(r, "annualContribution"), "annualContribution", problems),
				flag(h.valueOrNull(r, "badCredit"), "badCredit", problems),
				flag(h.valueOrNull(r, "litigation"), "litigation", problems),
				amount(h.valueOrNull(r, "shareholdingPct"), "shareholdingPct", problems));
	}

	private static LocalDate date(String v, String field, List<FieldProblem> problems) {
		try {
			return v == null ? null : LocalDate.parse(v);
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(new FieldProblem(field, "format", "YYYY-MM-DD"));
			return null;
		}
	}

	private static BigDecimal amount(String v, String field, List<FieldProblem> problems) {
		try {
			return v == null ? null : new BigDecimal(v);
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(field, "format", "a decimal number"));
			return null;
		}
	}

	private static Boolean flag(String v, String field, List<FieldProblem> problems) {
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
		if (!identity.currentMay(Permission.INTAKE)) {
			throw new Forbidden("intake-only", "Only the core banking feed and administrators deliver figures");
		}
	}
}
