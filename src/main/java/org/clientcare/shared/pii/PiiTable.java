package org.clientcare.shared.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link PiiRewrite} of one table, described by its module: the key column (a number or a text), the encrypted
 * columns, and each search hash with the encrypted column it is computed from and the prefix put before the value
 * ({@code "contact:"} for complaint contacts). A row is written again only when a value is under an older key or, while
 * the index key rotates, a hash differs from the one under the current index key.
 */
public final class PiiTable implements PiiRewrite {

	private final JdbcTemplate jdbc;

	private final PiiCipher pii;

	private final String table;

	private final String key;

	private final boolean numericKey;

	private final List<String> encrypted = new ArrayList<>();

	private final Map<String, Hash> hashes = new LinkedHashMap<>();

	private PiiTable(JdbcTemplate jdbc, PiiCipher pii, String table, String key, boolean numericKey) {
		this.jdbc = jdbc;
		this.pii = pii;
		this.table = identifier(table);
		this.key = identifier(key);
		this.numericKey = numericKey;
	}

	/** A table keyed by a number (a {@code bigint} id). */
	public static PiiTable of(JdbcTemplate jdbc, PiiCipher pii, String table, String numericKey) {
		return new PiiTable(jdbc, pii, table, numericKey, true);
	}

	/** A table keyed by a text. */
	public static PiiTable byText(JdbcTemplate jdbc, PiiCipher pii, String table, String textKey) {
		return new PiiTable(jdbc, pii, table, textKey, false);
	}

	public PiiTable encrypted(String... columns) {
		Arrays.stream(columns).map(PiiTable::identifier).forEach(encrypted::add);
		return this;
	}

	/** A search hash: {@code searchHash(prefix + value of from)}. */
	public PiiTable hash(String column, String from, String prefix) {
		if (!encrypted.contains(from)) {
			throw new IllegalArgumentException(from + " is not an encrypted column of " + table);
		}
		hashes.put(identifier(column), new Hash(from, prefix));
		return this;
	}

	@Override
	public String name() {
		return table;
	}

	@Override
	public long rows() {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

	@Override
	public Batch rewrite(String after, int size) {
		List<String> columns = new ArrayList<>(encrypted);
		columns.addAll(hashes.keySet());
		String keyType = numericKey ? "bigint" : "text";
		String sql = "select " + key + ", " + String.join(", ", columns) + " from " + table
				+ (after == null ? "" : " where " + key + " > cast(? as " + keyType + ")") + " order by " + key
				+ " limit ? for no key update";
		Object[] params = after == null ? new Object[] { size } : new Object[] { after, size };
		List<Object[]> rows = jdbc.query(sql, (rs, n) -> {
			Object[] row = new Object[columns.size() + 1];
			row[0] = rs.getString(1);
			for (int i = 0; i < columns.size(); i++) {
				row[i + 1] = rs.getBytes(i + 2);
			}
			return row;
		}, params);
		if (rows.isEmpty()) {
			return new Batch(after, 0, 0);
		}
		List<Object[]> updates = new ArrayList<>();
		for (Object[] row : rows) {
			Object[] update = rewritten(row, columns);
			if (update != null) {
				updates.add(update);
			}
		}
		if (!updates.isEmpty()) {
			write(columns, keyType, updates);
		}
		return new Batch((String) rows.get(rows.size() - 1)[0], rows.size(), updates.size());
	}

	/**
	 * Writes the changed rows of a batch in one statement: every column's new values and the keys go as one array
	 * parameter each, which {@code unnest} turns back into rows ({@code update … from unnest(…)}), instead of one
	 * statement per row. The rows were locked by the batch's select in the same transaction.
	 */
	private void write(List<String> columns, String keyType, List<Object[]> updates) {
		StringBuilder sql = new StringBuilder("update ").append(table).append(" t set ");
		for (int i = 0; i < columns.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = v.c").append(i);
		}
		sql.append(" from unnest(cast(? as ").append(keyType).append("[])");
		for (int i = 0; i < columns.size(); i++) {
			sql.append(", cast(? as bytea[])");
		}
		sql.append(") as v(k");
		for (int i = 0; i < columns.size(); i++) {
			sql.append(", c").append(i);
		}
		sql.append(") where t.").append(key).append(" = v.k");
		jdbc.execute((java.sql.Connection connection) -> {
			try (java.sql.PreparedStatement statement = connection.prepareStatement(sql.toString())) {
				Object[] keys = new Object[updates.size()];
				for (int r = 0; r < updates.size(); r++) {
					String k = (String) updates.get(r)[columns.size()];
					keys[r] = numericKey ? (Object) Long.valueOf(k) : k;
				}
				statement.setArray(1, connection.createArrayOf(numericKey ? "bigint" : "text", keys));
				for (int i = 0; i < columns.size(); i++) {
					byte[][] values = new byte[updates.size()][];
					for (int r = 0; r < updates.size(); r++) {
						values[r] = (byte[]) updates.get(r)[i];
					}
					statement.setArray(i + 2, connection.createArrayOf("bytea", values));
				}
				int written = statement.executeUpdate();
				if (written != updates.size()) {
					throw new IllegalStateException(
							table + ": " + written + " rows written of the batch's " + updates.size());
				}
				return written;
			}
		});
	}

	/** The row's new values followed by its key, or null when it is already current. */
	private Object[] rewritten(Object[] row, List<String> columns) {
		boolean changed = false;
		Map<String, String> plain = new LinkedHashMap<>();
		Object[] values = new Object[columns.size() + 1];
		for (int i = 0; i < encrypted.size(); i++) {
			byte[] stored = (byte[]) row[i + 1];
			values[i] = stored;
			if (!pii.current(stored)) {
				String value = pii.decrypt(stored);
				plain.put(encrypted.get(i), value);
				values[i] = pii.encrypt(value);
				changed = true;
			}
		}
		int i = encrypted.size();
		for (Map.Entry<String, Hash> hash : hashes.entrySet()) {
			byte[] stored = (byte[]) row[i + 1];
			values[i] = stored;
			if (pii.rotatingIndex()) {
				byte[] source = (byte[]) row[1 + encrypted.indexOf(hash.getValue().from())];
				String value = plain.containsKey(hash.getValue().from()) ? plain.get(hash.getValue().from())
						: source == null ? null : pii.decrypt(source);
				if (value != null) {
					byte[] current = pii.searchHash(hash.getValue().prefix() + value);
					if (!Arrays.equals(current, stored)) {
						values[i] = current;
						changed = true;
					}
				}
			}
			i++;
		}
		values[columns.size()] = row[0];
		return changed ? values : null;
	}

	private static String identifier(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain SQL name: " + name);
		}
		return name;
	}

	private record Hash(String from, String prefix) {
	}
}
