package org.clientcare.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.privacy.KeyRotationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code pii_rotation_progress}. */
@Repository
public class KeyRotationProgress {

	private final JdbcClient jdbc;

	KeyRotationProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> of(String target) {
		return jdbc.sql("select * from pii_rotation_progress where target = ? order by part").param(target)
			.query(KeyRotationProgress::row).list();
	}

	public Optional<Row> find(String target, String part) {
		return jdbc.sql("select * from pii_rotation_progress where target = ? and part = ?").params(target, part)
			.query(KeyRotationProgress::row).optional();
	}

	/** Starts a table's walk; answers false when another run started it first. */
	public boolean start(String target, String part, long rowsTotal, Instant now) {
		return jdbc.sql("""
				insert into pii_rotation_progress (target, part, rows_total, started_at, updated_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(target, part, rowsTotal, Timestamp.from(now), Timestamp.from(now)).update() == 1;
	}

	public void advance(String target, String part, String lastKey, int seen, int changed, Instant now) {
		jdbc.sql("""
				update pii_rotation_progress set last_key = ?, rows_seen = rows_seen + ?, rows_changed = rows_changed + ?,
				  updated_at = ?, rows_total = greatest(rows_total, rows_seen + ?)
				where target = ? and part = ?""")
			.params(lastKey, seen, changed, Timestamp.from(now), seen, target, part).update();
	}

	public void finish(String target, String part, Instant now) {
		jdbc.sql("update pii_rotation_progress set finished_at = ?, updated_at = ? where target = ? and part = ?")
			.params(Timestamp.from(now), Timestamp.from(now), target, part).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("target"), rs.getString("last_key"), new KeyRotationStatus.Table(rs.getString("part"),
				rs.getLong("rows_total"), rs.getLong("rows_seen"), rs.getLong("rows_changed"), instant(rs, "started_at"),
				instant(rs, "updated_at"), instant(rs, "finished_at")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public record Row(String target, String lastKey, KeyRotationStatus.Table table) {
	}
}
