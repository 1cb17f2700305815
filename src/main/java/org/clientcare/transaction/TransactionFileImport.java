package org.clientcare.transaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * The core banking system's transaction file (UTF-8 CSV, header {@code externalId, customerId, type, productCode,
 * amount, occurredAt, riskAcknowledged}, optionally {@code channel}), read on the house's CSV skeleton and recorded through the same intake as the
 * API: each row in its own transaction, so a crash loses at most one row and sending the file again repeats nothing.
 */
@Service
public class TransactionFileImport {

	static final List<String> COLUMNS = List.of("externalId", "customerId", "type", "productCode", "amount", "occurredAt",
			"riskAcknowledged", "channel");

	private static final int MAX_ERRORS = 1_000;

	/** Rows read ahead while the rows before them are recorded. */
	private static final int BATCH = 100;

	private final TransactionIntake intake;

	TransactionFileImport(TransactionIntake intake) {
		this.intake = intake;
	}

	public Report importCsv(InputStream file) {
		long[] counts = new long[3];
		var rejections = new CsvImport.Rejections<RowError>(MAX_ERRORS,
				r -> new RowError(r.line(), r.problems().get(0).field(), r.problems().get(0).code()));
		try (CsvFile csv = CsvFile.of(file)) {
			CsvHeader header = csv.header();
			if (!header.names(COLUMNS.subList(0, 6))) {
				throw InvalidInput.of("file", "header", "The header row must name the columns " + COLUMNS);
			}
			CsvImport.run(csv, BATCH, row -> check(header, row), batch -> {
				counts[0] += batch.records().size();
				for (var row : batch.records()) {
					if (!row.valid()) {
						rejections.add(row);
						continue;
					}
					try {
						counts[intake.record(row.value()).created() ? 1 : 2]++;
					}
					catch (ProblemException e) {
						String field = e.fieldProblems().isEmpty() ? "customerId" : e.fieldProblems().get(0).field();
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

	private static CsvImport.Checked<ReportTransaction> check(CsvHeader header, CsvRow row) {
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

	private static ReportTransaction parse(CsvHeader h, CsvRow r) {
		var problems = new InvalidInput.Collector();
		String externalId = value(h, r, "externalId").orElse(null);
		if (externalId == null || externalId.length() > 64 || !externalId.matches("[\\x21-\\x7E]+")) {
			problems.add("externalId", "required", "1–64 printable characters");
		}
		Long customerId = null;
		try {
			customerId = value(h, r, "customerId").map(Long::valueOf).orElse(null);
		}
		catch (NumberFormatException e) {
			problems.add("customerId", "type", "A customer id");
		}
		if (customerId == null && !problems.has("customerId")) {
			problems.add("customerId", "required", "A customer id");
		}
		TransactionType type = null;
		try {
			type = value(h, r, "type").map(TransactionType::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("type", "type", "Unknown transaction type");
		}
		if (type == null && !problems.has("type")) {
			problems.add("type", "required", "A transaction type");
		}
		BigDecimal amount = null;
		try {
			amount = value(h, r, "amount").map(BigDecimal::new).orElse(null);
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
			occurredAt = value(h, r, "occurredAt").map(OffsetDateTime::parse).orElse(null);
		}
		catch (DateTimeParseException e) {
			problems.add("occurredAt", "type", "ISO-8601 with offset");
		}
		if (occurredAt == null && !problems.has("occurredAt")) {
			problems.add("occurredAt", "required", "When the transaction happened");
		}
		org.clientcare.product.Product.SaleChannel channel = null;
		try {
			channel = value(h, r, "channel").map(org.clientcare.product.Product.SaleChannel::valueOf).orElse(null);
		}
		catch (IllegalArgumentException e) {
			problems.add("channel", "type", "DIRECT, AGENT, BANK or ONLINE");
		}
		problems.throwIfAny();
		return new ReportTransaction(externalId, customerId, type, value(h, r, "productCode").orElse(null), amount, occurredAt,
				value(h, r, "riskAcknowledged").map(Boolean::parseBoolean).orElse(false), null, channel);
	}

	private static Optional<String> value(CsvHeader h, CsvRow r, String field) {
		return Optional.ofNullable(h.valueOrNull(r, field));
	}

	/** What a file did: rows read, recorded for the first time, repeats of recorded ones, and refused rows. */
	public record Report(long total, long recorded, long repeated, long rejected, List<RowError> errors) {
	}

	public record RowError(long line, String field, String code) {
	}
}
