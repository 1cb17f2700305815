package org.clientcare.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

/**
 * A core system's file sent through the same intake as its API (transactions, accounts): read on the house's
 * {@link CsvImport} skeleton, each valid row recorded on its own by the intake, so sending the file again repeats
 * nothing and a crash loses at most the row in flight. A row the file itself refuses, or the intake refuses with a
 * problem, is listed with its line, the field at fault and the code; the others are recorded.
 *
 * @param <T> a row read, as the intake takes it
 */
public final class IntakeFile<T> {

	private static final int MAX_ERRORS = 1_000;

	private static final int BATCH = 100;

	private final List<String> required;

	private final String headerHint;

	private final Parser<T> parser;

	private final Intake<T> intake;

	private UnaryOperator<String> intakeFieldToColumn = UnaryOperator.identity();

	/** The field a refusal names when the intake's problem names none: the row's customer (unknown, out of scope). */
	private static final String FIELD_WHEN_UNNAMED = "customerId";

	/**
	 * @param required the columns the header must name
	 * @param headerHint what the header must be, in the answer to a file whose header is wrong
	 */
	public IntakeFile(List<String> required, String headerHint, Parser<T> parser, Intake<T> intake) {
		this.required = List.copyOf(required);
		this.headerHint = headerHint;
		this.parser = parser;
		this.intake = intake;
	}

	/** Names the column of a field the intake's problems name differently (the API's {@code at} is the file's {@code statusAt}). */
	public IntakeFile<T> columnOf(UnaryOperator<String> intakeFieldToColumn) {
		this.intakeFieldToColumn = intakeFieldToColumn;
		return this;
	}

	/** Reads one record into a row, or throws {@link InvalidInput} naming every field at fault. */
	@FunctionalInterface
	public interface Parser<T> {

		T parse(Record record);
	}

	/** Records one row; answers true when it was recorded for the first time, false when it repeats a recorded one. */
	@FunctionalInterface
	public interface Intake<T> {

		boolean record(T row);
	}

	/** One record of the file, read by column name; blank values are absent. */
	public record Record(CsvHeader header, CsvRow row) {

		public Optional<String> value(String column) {
			return Optional.ofNullable(header.valueOrNull(row, column)).map(String::strip).filter(s -> !s.isEmpty());
		}
	}

	/** What a file did: rows read, recorded for the first time, repeats of recorded ones, and refused rows. */
	public record Report(long total, long recorded, long repeated, long rejected, List<RowError> errors) {
	}

	/** A refused row: its line, the field at fault and why. */
	public record RowError(long line, String field, String code) {
	}

	public Report importCsv(InputStream file) {
		long[] counts = new long[3];
		var rejections = new CsvImport.Rejections<RowError>(MAX_ERRORS,
				r -> new RowError(r.line(), r.problems().get(0).field(), r.problems().get(0).code()));
		try (CsvFile csv = CsvFile.of(file)) {
			CsvHeader header = csv.header();
			if (!header.names(required)) {
				throw InvalidInput.of("file", "header", headerHint);
			}
			CsvImport.run(csv, BATCH, row -> check(header, row), batch -> {
				counts[0] += batch.records().size();
				for (var row : batch.records()) {
					if (!row.valid()) {
						rejections.add(row);
						continue;
					}
					try {
						counts[intake.record(row.value()) ? 1 : 2]++;
					}
					catch (ProblemException e) {
						rejections.add(CsvImport.Checked.rejected(row.line(), List.of(refusal(e))));
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

	private FieldProblem refusal(ProblemException e) {
		if (e.fieldProblems().isEmpty()) {
			return new FieldProblem(FIELD_WHEN_UNNAMED, e.code(), e.code());
		}
		FieldProblem first = e.fieldProblems().get(0);
		return new FieldProblem(intakeFieldToColumn.apply(first.field()), first.code(), first.code());
	}

	private CsvImport.Checked<T> check(CsvHeader header, CsvRow row) {
		if (row.problem() != null) {
			return CsvImport.Checked.unreadable(row);
		}
		try {
			return CsvImport.Checked.of(row.line(), parser.parse(new Record(header, row)));
		}
		catch (InvalidInput e) {
			return CsvImport.Checked.rejected(row.line(), e.fieldProblems());
		}
	}
}
