package org.clientcare.tiering;

import java.util.List;

/**
 * The outcome of a bulk figures file: rows read, rows stored (or already stored: re-importing changes nothing), rows
 * rejected, and why, by line and field (at most 1,000 errors are listed).
 */
public record FiguresImport(long total, long imported, long rejected, List<RowError> errors) {

	/** A rejected row: its line in the file, the field at fault and a code ({@code required}, {@code format}…). */
	public record RowError(long line, String field, String code) {
	}
}
