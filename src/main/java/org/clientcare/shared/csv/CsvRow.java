package org.clientcare.shared.csv;

import java.util.List;

/**
 * One record of an import file: the line it starts on, its fields, and what made it unreadable, if anything —
 * {@code encoding} (bytes that are not UTF-8), {@code nul} (a NUL character, which no text column stores),
 * {@code quote} (a quote inside an unquoted field), {@code too-long} (a field longer than
 * {@link CsvFile#MAX_FIELD_CHARS} characters, cut there) or {@code columns} (more than {@link CsvFile#MAX_FIELDS}
 * fields).
 */
public record CsvRow(long line, List<String> fields, String problem) {

	/** The message for a problem code, naming what is wrong in words. */
	public static String describe(String problem) {
		return switch (problem) {
			case "quote" -> "A quote is not closed or stands inside an unquoted field";
			case "encoding" -> "The line is not UTF-8";
			case "nul" -> "A field holds a NUL character";
			case "too-long" -> "A field is longer than " + CsvFile.MAX_FIELD_CHARS + " characters";
			default -> "The line has too many fields";
		};
	}
}
