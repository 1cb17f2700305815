package org.clientcare.shared.pii;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.util.PGobject;

import tools.jackson.databind.util.RawValue;

/**
 * A module's rows about one customer made fit for the customer's data export (PIPL access request): column names in
 * camel case, PII columns ({@code *_enc}) decrypted under their plain name, keyed hashes ({@code *_hash}), tokens and
 * message secrets left out (a single-use link is never shown to staff, not even in an export), times as
 * {@link java.time.Instant} and dates as {@link java.time.LocalDate}, JSON columns as JSON.
 */
public final class ExportRows {

	private static final Set<String> NEVER = Set.of("secrets_enc", "params_enc");

	private ExportRows() {
	}

	/** The rows as the export shows them; {@code leaveOut} names further columns to drop. */
	public static List<Map<String, Object>> of(List<Map<String, Object>> rows, PiiCipher pii, String... leaveOut) {
		Set<String> dropped = Set.copyOf(Arrays.asList(leaveOut));
		List<Map<String, Object>> out = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> shown = new LinkedHashMap<>();
			row.forEach((column, value) -> {
				String name = column.toLowerCase();
				if (dropped.contains(name) || NEVER.contains(name) || name.endsWith("_hash") || name.contains("token")) {
					return;
				}
				if (name.endsWith("_enc")) {
					shown.put(camel(name.substring(0, name.length() - 4)),
							value instanceof byte[] bytes ? pii.decrypt(bytes) : null);
				}
				else if (!(value instanceof byte[])) {
					shown.put(camel(name), plain(value));
				}
			});
			out.add(shown);
		}
		return out;
	}

	private static Object plain(Object value) {
		try {
			if (value instanceof java.sql.Timestamp t) {
				return t.toInstant();
			}
			if (value instanceof java.sql.Date d) {
				return d.toLocalDate();
			}
			if (value instanceof java.sql.Array a) {
				return a.getArray();
			}
			if (value instanceof PGobject o) {
				return o.getValue() == null ? null
						: o.getType().startsWith("json") ? new RawValue(o.getValue()) : o.getValue();
			}
			return value;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot read a column for the export", e);
		}
	}

	private static String camel(String column) {
		StringBuilder name = new StringBuilder(column.length());
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}
}
