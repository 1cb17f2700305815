package org.clientcare.shared.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The optimistic partial update of a record with a {@code version} column: the given columns are written, the version
 * goes up by one and {@code updated_at} is set, only if the row is still at the version the caller read. A caller that
 * gets {@code false} lost the race and answers 409 (stale version). Column and table names come from the owning
 * module's code, never from a request; values are bound, {@link Instant}s as timestamps.
 */
public final class VersionedUpdate {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private VersionedUpdate() {
	}

	/** Writes {@code columns} to row {@code id} of {@code table} if it is still at {@code version}; false otherwise. */
	public static boolean apply(JdbcClient jdbc, String table, long id, long version, Map<String, Object> columns,
			Instant now) {
		StringBuilder sql = new StringBuilder("update ").append(identifier(table))
			.append(" set version = version + 1, updated_at = ?");
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		columns.forEach((column, value) -> {
			sql.append(", ").append(identifier(column)).append(" = ?");
			params.add(value instanceof Instant instant ? Timestamp.from(instant) : value);
		});
		sql.append(" where id = ? and version = ?");
		params.add(id);
		params.add(version);
		return jdbc.sql(sql.toString()).params(params).update() == 1;
	}

	private static String identifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
		}
		return name;
	}
}
