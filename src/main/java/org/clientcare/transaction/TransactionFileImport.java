package org.clientcare.transaction;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.clientcare.shared.csv.IntakeFile;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;

/**
 * The core banking system's transaction file (UTF-8 CSV, header {@code externalId, customerId, type, productCode,
 * amount, occurredAt, riskAcknowledged}), read on the house's CSV skeleton and recorded through the same intake as the
 * API: each row in its own transaction, so a crash loses at most one row and sending the file again repeats nothing.
 */
@Service
public class TransactionFileImport {

	static final List<String> COLUMNS = List.of("externalId", "customerId", "type", "productCode", "amount", "occurredAt",
			"riskAcknowledged");

	private final TransactionIntake intake;

	TransactionFileImport(TransactionIntake intake) {
		this.intake = intake;
	}

	public IntakeFile.Report importCsv(InputStream file) {
		return new IntakeFile<ReportTransaction>(COLUMNS.subList(0, 6), "The header row must name the columns " + COLUMNS,
				TransactionFileImport::parse, row -> intake.record(row).created()).importCsv(file);
	}

	private static ReportTransaction parse(IntakeFile.Record r) {
		var problems = new InvalidInput.Collector();
		String externalId = r.value("externalId").orElse(null);
		if (externalId == null || externalId.length() > 64 || !externalId.matches("[\\x21-\\x7E]+")) {
			problems.add("externalId", "required", "1–64 printable characters");
		}
		Long customerId = null;
		try {
			customerId = r.value("customerId").map(Long::valueOf).orElse(null);
		}
		catch (NumberFormatException e) {
			problems.add("customerId", "type", "A customer id");
		}
		if (customerId == null && !problems.has("customerId")) {
			problems.add("customerId", "required", "A customer id");
		}
		TransactionType type = null;
		try {
			type = r.value("type").map(TransactionType::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("type", "type", "Unknown transaction type");
		}
		if (type == null && !problems.has("type")) {
			problems.add("type", "required", "A transaction type");
		}
		BigDecimal amount = null;
		try {
			amount = r.value("amount").map(BigDecimal::new).orElse(null);
		}
		catch (NumberFormatException e) {
			problems.add("amount", "type", "A decimal amount");
		}
		if (amount != null && (amount.signum() <= 0 || amount.scale() > 2)) {
			problems.add("amount", "range", "A positive amount with at most 2 decimals");
		}
		else if (amount == null && !problems.has("amount")) {
			problems.add("amount", "required", "An amount");
		}
		OffsetDateTime occurredAt = null;
		try {
			occurredAt = r.value("occurredAt").map(OffsetDateTime::parse).orElse(null);
		}
		catch (DateTimeParseException e) {
			problems.add("occurredAt", "type", "ISO-8601 with offset");
		}
		if (occurredAt == null && !problems.has("occurredAt")) {
			problems.add("occurredAt", "required", "When the transaction happened");
		}
		problems.throwIfAny();
		return new ReportTransaction(externalId, customerId, type, r.value("productCode").orElse(null), amount, occurredAt,
				r.value("riskAcknowledged").map(Boolean::parseBoolean).orElse(false));
	}
}
