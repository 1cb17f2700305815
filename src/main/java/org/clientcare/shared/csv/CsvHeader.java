package org.clientcare.shared.csv;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The header row of an import file: the columns by name, each at its position (the first of a repeated name). */
public final class CsvHeader {

	private final List<String> names;

	private final Map<String, Integer> positions = new LinkedHashMap<>();

	CsvHeader(List<String> names) {
		this.names = names.stream().map(String::strip).toList();
		for (int i = 0; i < this.names.size(); i++) {
			positions.putIfAbsent(this.names.get(i), i);
		}
	}

	/** The column names as written (stripped), in order. */
	public List<String> names() {
		return names;
	}

	/** Whether the header names every one of {@code columns}. */
	public boolean names(Collection<String> columns) {
		return positions.keySet().containsAll(columns);
	}

	/** The value of a column in a row, stripped; empty when the header or the row lacks the column. */
	public String value(CsvRow row, String column) {
		Integer position = positions.get(column);
		return position == null || position >= row.fields().size() ? "" : row.fields().get(position).strip();
	}

	/** As {@link #value(CsvRow, String)}, null when blank. */
	public String valueOrNull(CsvRow row, String column) {
		String value = value(row, column);
		return value.isEmpty() ? null : value;
	}
}
