package org.clientcare.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.clientcare.shared.csv.CsvFile;
import org.clientcare.shared.csv.CsvHeader;
import org.clientcare.shared.csv.CsvImport;
import org.clientcare.shared.csv.CsvRow;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Service;

/**
 * The core banking system's file of accounts for back-filling (UTF-8 CSV, header {@code externalId, customerId, kind,
 * openedAt, orgUnit} and optionally {@code status, statusAt}), read on the house's CSV skeleton and recorded through
 * the same intake as the API ({@link AccountIntake}): each row on its own, so sending the file again repeats nothing.
 * A row whose {@code status} is {@code DORMANT} or {@code CLOSED} records that change too, at {@code statusAt} (default
 * the opening). A refused row is listed with its line, field and code; the others are recorded.
 */
@Service
public class AccountFileImport {

	static final List<String> COLUMNS = List.of("externalId", "customerId", "kind", "openedAt", "orgUnit", "status",
			"statusAt");

	private static final int MAX_ERRORS = 1_000;

	private static final int BATCH = 100;

	private final AccountIntake intake;

	AccountFileImport(AccountIntake intake) {
		this.intake = intake;
	}

	/** One row read: the opening, and the status it has now (ACTIVE: none to record). */
	record Row(OpenAccount opening, AccountStatus status, String statusAt) {
	}

	public Report importCsv(InputStream file) {
		long[] counts = new long[3];
		var rejections = new CsvImport.Rejections<RowError>(MAX_ERRORS,
				r -> new RowError(r.line(), r.problems().get(0).field(), r.problems().get(0).code()));
		try (CsvFile csv = CsvFile.of(file)) {
			CsvHeader header = csv.header();
			if (!header.names(COLUMNS.subList(0, 5))) {
				throw InvalidInput.of("file", "header", "The header row must name the columns " + COLUMNS.subList(0, 5)
						+ " (and may name status, statusAt)");
			}
			CsvImport.run(csv, BATCH, row -> check(header, row), batch -> {
				counts[0] += batch.records().size();
				for (var row : batch.records()) {
					if (!row.valid()) {
						rejections.add(row);
						continue;
					}
					try {
						boolean opened = intake.open(row.value().opening()).changed();
						if (row.value().status() != null && row.value().status() != AccountStatus.ACTIVE) {
							String at = row.value().statusAt() == null ? row.value().opening().openedAt() : row.value().statusAt();
							intake.changeStatus(row.value().opening().externalId(),
									new ChangeAccountStatus(row.value().status(), at));
						}
						counts[opened ? 1 : 2]++;
					}
					catch (ProblemException e) {
						String field = e.fieldProblems().isEmpty() ? "customerId" : e.fieldProblems().get(0).field();
						field = field.equals("at") ? "statusAt" : field;
						String code = e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code();
						rejections.add(CsvImport.Checked.rejected(row.line(), List.of(new FieldProblem(field, code, code))));
					}
				}
				return true;
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Report(counts[0], counts[1], counts[2], rejections.count(), rejections.errors());
	}

	private static CsvImport.Checked<Row> check(CsvHeader header, CsvRow row) {
		if (row.problem() != null) {
			return CsvImport.Checked.unreadable(row);
		}
		try {
			return CsvImport.Checked.of(row.line(), parse(header, row));
		}
		catch (InvalidInput e) {
			return CsvImport.Checked.rejected(row.line(), e.fieldProblems());
		}
	}

	private static Row parse(CsvHeader h, CsvRow r) {
		var problems = new InvalidInput.Collector();
		String externalId = value(h, r, "externalId").orElse(null);
		if (externalId == null || externalId.length() > 64 || !externalId.matches("[\\x21-\\x7E]+")) {
			problems.add("externalId", "required", "1–64 printable characters");
		}
		Long customerId = null;
		try {
			customerId = value(h, r, "customerId").map(Long::valueOf).orElse(null);
			if (customerId == null) {
				problems.add("customerId", "required", "A customer id");
			}
		}
		catch (NumberFormatException e) {
			problems.add("customerId", "type", "A customer id");
		}
		AccountKind kind = null;
		try {
			kind = value(h, r, "kind").map(AccountKind::valueOf).orElse(null);
			if (kind == null) {
				problems.add("kind", "required", "BASIC, GENERAL, SPECIAL, TEMPORARY or PERSONAL_SETTLEMENT");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add("kind", "type", "BASIC, GENERAL, SPECIAL, TEMPORARY or PERSONAL_SETTLEMENT");
		}
		String openedAt = value(h, r, "openedAt").orElse(null);
		if (openedAt == null) {
			problems.add("openedAt", "required", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		else if (AccountIntake.parse(openedAt, java.time.ZoneOffset.UTC) == null) {
			problems.add("openedAt", "type", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		String orgUnit = value(h, r, "orgUnit").orElse(null);
		if (orgUnit == null || orgUnit.length() > 32) {
			problems.add("orgUnit", "required", "An org unit code");
		}
		AccountStatus status = null;
		try {
			status = value(h, r, "status").map(AccountStatus::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("status", "type", "ACTIVE, DORMANT or CLOSED");
		}
		String statusAt = value(h, r, "statusAt").orElse(null);
		if (statusAt != null && AccountIntake.parse(statusAt, java.time.ZoneOffset.UTC) == null) {
			problems.add("statusAt", "type", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		problems.throwIfAny();
		return new Row(new OpenAccount(externalId, customerId, kind, openedAt, orgUnit), status, statusAt);
	}

	private static Optional<String> value(CsvHeader h, CsvRow r, String field) {
		return Optional.ofNullable(h.valueOrNull(r, field)).map(String::strip).filter(s -> !s.isEmpty());
	}

	/** What a file did: rows read, accounts recorded for the first time, repeats of recorded ones, and refused rows. */
	public record Report(long total, long recorded, long repeated, long rejected, List<RowError> errors) {
	}

	/** A refused row: its line, the field at fault and why. */
	public record RowError(long line, String field, String code) {
	}
}
