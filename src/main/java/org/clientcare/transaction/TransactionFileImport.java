package org.clientcare.transaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Service;

/**
 * The core banking system's transaction file (UTF-8 CSV, header {@code externalId, customerId, type, productCode,
 * amount, occurredAt, riskAcknowledged}), read row by row and recorded through the same intake as the API: each row
 * in its own transaction, so a crash loses at most one row and sending the file again repeats nothing.
 */
@Service
public class TransactionFileImport {

	static final List<String> COLUMNS = List.of("externalId", "customerId", "type", "productCode", "amount", "occurredAt",
			"riskAcknowledged");

	private static final int MAX_ERRORS = 1_000;

	private final TransactionIntake intake;

	TransactionFileImport(TransactionIntake intake) {
		this.intake = intake;
	}

	public Report importCsv(InputStream file) {
		long total = 0;
		long recorded = 0;
		long repeated = 0;
		long rejected = 0;
		List<RowError> errors = new ArrayList<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).allowMissingFields(true)
			.allowExtraFields(true).ofNamedCsvRecord(new InputStreamReader(file, StandardCharsets.UTF_8))) {
			for (NamedCsvRecord record : csv) {
				if (total == 0 && !record.getHeader().containsAll(COLUMNS.subList(0, 6))) {
					throw InvalidInput.of("file", "header", "The header row must name the columns " + COLUMNS);
				}
				total++;
				try {
					var result = intake.record(parse(record));
					if (result.created()) {
						recorded++;
					}
					else {
						repeated++;
					}
				}
				catch (ProblemException e) {
					rejected++;
					if (errors.size() < MAX_ERRORS) {
						String field = e.fieldProblems().isEmpty() ? "customerId" : e.fieldProblems().get(0).field();
						String code = e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code();
						errors.add(new RowError(record.getStartingLineNumber(), field, code));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (CsvParseException e) {
			throw InvalidInput.of("file", "format", "The file is not valid CSV: " + e.getMessage());
		}
		return new Report(total, recorded, repeated, rejected, errors);
	}

	private static ReportTransaction parse(NamedCsvRecord r) {
		var problems = new InvalidInput.Collector();
		String externalId = value(r, "externalId").orElse(null);
		if (externalId == null || externalId.length() > 64 || !externalId.matches("[\\x21-\\x7E]+")) {
			problems.add("externalId", "required", "1–64 printable characters");
		}
		Long customerId = null;
		try {
			customerId = value(r, "customerId").map(Long::valueOf).orElse(null);
		}
		catch (NumberFormatException e) {
			problems.add("customerId", "type", "A customer id");
		}
		if (customerId == null && !problems.has("customerId")) {
			problems.add("customerId", "required", "A customer id");
		}
		TransactionType type = null;
		try {
			type = value(r, "type").map(TransactionType::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("type", "type", "Unknown transaction type");
		}
		if (type == null && !problems.has("type")) {
			problems.add("type", "required", "A transaction type");
		}
		BigDecimal amount = null;
		try {
			amount = value(r, "amount").map(BigDecimal::new).orElse(null);
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
			occurredAt = value(r, "occurredAt").map(OffsetDateTime::parse).orElse(null);
		}
		catch (DateTimeParseException e) {
			problems.add("occurredAt", "type", "ISO-8601 with offset");
		}
		if (occurredAt == null && !problems.has("occurredAt")) {
			problems.add("occurredAt", "required", "When the transaction happened");
		}
		problems.throwIfAny();
		return new ReportTransaction(externalId, customerId, type, value(r, "productCode").orElse(null), amount, occurredAt,
				value(r, "riskAcknowledged").map(Boolean::parseBoolean).orElse(false));
	}

	private static Optional<String> value(NamedCsvRecord r, String field) {
		return r.findField(field).map(String::strip).filter(v -> !v.isEmpty());
	}

	/** What a file did: rows read, recorded for the first time, repeats of recorded ones, and refused rows. */
	public record Report(long total, long recorded, long repeated, long rejected, List<RowError> errors) {
	}

	public record RowError(long line, String field, String code) {
	}
}
