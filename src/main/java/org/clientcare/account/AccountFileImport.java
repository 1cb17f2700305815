package org.clientcare.account;

import java.io.InputStream;
import java.util.List;

import org.clientcare.shared.csv.IntakeFile;
import org.clientcare.shared.problem.InvalidInput;

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

	private final AccountIntake intake;

	AccountFileImport(AccountIntake intake) {
		this.intake = intake;
	}

	/** One row read: the opening, and the status it has now (ACTIVE: none to record). */
	record Row(OpenAccount opening, AccountStatus status, String statusAt) {
	}

	public IntakeFile.Report importCsv(InputStream file) {
		return new IntakeFile<Row>(COLUMNS.subList(0, 5),
				"The header row must name the columns " + COLUMNS.subList(0, 5) + " (and may name status, statusAt)",
				AccountFileImport::parse, this::record).columnOf(field -> field.equals("at") ? "statusAt" : field)
			.importCsv(file);
	}

	/** Opens the account, and records the status the file gives it when that is not ACTIVE. */
	private boolean record(Row row) {
		boolean opened = intake.open(row.opening()).changed();
		if (row.status() != null && row.status() != AccountStatus.ACTIVE) {
			String at = row.statusAt() == null ? row.opening().openedAt() : row.statusAt();
			intake.changeStatus(row.opening().externalId(), new ChangeAccountStatus(row.status(), at));
		}
		return opened;
	}

	private static Row parse(IntakeFile.Record r) {
		var problems = new InvalidInput.Collector();
		String externalId = r.value("externalId").orElse(null);
		if (externalId == null || externalId.length() > 64 || !externalId.matches("[\\x21-\\x7E]+")) {
			problems.add("externalId", "required", "1–64 printable characters");
		}
		Long customerId = null;
		try {
			customerId = r.value("customerId").map(Long::valueOf).orElse(null);
			if (customerId == null) {
				problems.add("customerId", "required", "A customer id");
			}
		}
		catch (NumberFormatException e) {
			problems.add("customerId", "type", "A customer id");
		}
		AccountKind kind = null;
		try {
			kind = r.value("kind").map(AccountKind::valueOf).orElse(null);
			if (kind == null) {
				problems.add("kind", "required", "BASIC, GENERAL, SPECIAL, TEMPORARY or PERSONAL_SETTLEMENT");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add("kind", "type", "BASIC, GENERAL, SPECIAL, TEMPORARY or PERSONAL_SETTLEMENT");
		}
		String openedAt = r.value("openedAt").orElse(null);
		if (openedAt == null) {
			problems.add("openedAt", "required", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		else if (AccountIntake.parse(openedAt, java.time.ZoneOffset.UTC) == null) {
			problems.add("openedAt", "type", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		String orgUnit = r.value("orgUnit").orElse(null);
		if (orgUnit == null || orgUnit.length() > 32) {
			problems.add("orgUnit", "required", "An org unit code");
		}
		AccountStatus status = null;
		try {
			status = r.value("status").map(AccountStatus::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("status", "type", "ACTIVE, DORMANT or CLOSED");
		}
		String statusAt = r.value("statusAt").orElse(null);
		if (statusAt != null && AccountIntake.parse(statusAt, java.time.ZoneOffset.UTC) == null) {
			problems.add("statusAt", "type", "ISO-8601 with offset, or a date YYYY-MM-DD");
		}
		problems.throwIfAny();
		return new Row(new OpenAccount(externalId, customerId, kind, openedAt, orgUnit), status, statusAt);
	}
}
