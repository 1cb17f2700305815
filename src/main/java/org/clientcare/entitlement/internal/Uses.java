package org.clientcare.entitlement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.entitlement.UseStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uses of entitlements ({@code entitlement_use}), counted per customer, kind and year. */
@Repository
public class Uses {

	private final JdbcClient jdbc;

	Uses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored use. */
	public record UseRow(long id, long customerId, String code, int year, Instant usedAt, String recordedBy, String note,
			UseStatus status, Long approvalId) {
	}

	/** Counted and pending uses of one customer in a year, by kind: {recorded, pending}. */
	public Map<String, int[]> counts(long customerId, int year) {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select code, count(*) filter (where status = 'RECORDED') as recorded,
				  count(*) filter (where status = 'PENDING_APPROVAL') as pending
				from entitlement_use where customer_id = ? and year = ? group by code""")
			.params(customerId, year)
			.query(rs -> {
				counts.put(rs.getString("code"), new int[] { rs.getInt("recorded"), rs.getInt("pending") });
			});
		return counts;
	}

	public long insert(long customerId, String code, int year, Instant usedAt, String by, String note, UseStatus status) {
		return jdbc.sql("""
				insert into entitlement_use (customer_id, code, year, used_at, recorded_by, note, status)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, code, year, Timestamp.from(usedAt), by, note, status.name()).query(Long.class).single();
	}

	public void awaitApproval(long id, long approvalId) {
		jdbc.sql("update entitlement_use set approval_id = ? where id = ?").params(approvalId, id).update();
	}

	/** Moves a pending use to its decision; false when it was not pending any more. */
	public boolean decide(long id, UseStatus decision, Instant at) {
		return jdbc.sql("update entitlement_use set status = ?, decided_at = ? where id = ? and status = 'PENDING_APPROVAL'")
			.params(decision.name(), Timestamp.from(at), id).update() == 1;
	}

	public Optional<UseRow> find(long id) {
		return jdbc.sql("select * from entitlement_use where id = ?").param(id).query(Uses::row).optional();
	}

	/** A customer's uses, newest first. */
	public List<UseRow> of(long customerId, int limit) {
		return of(customerId, limit, 0);
	}

	/** A customer's uses from the {@code offset}-th on, newest first. */
	public List<UseRow> of(long customerId, int limit, long offset) {
		return jdbc.sql("""
				select * from entitlement_use where customer_id = ? order by used_at desc, id desc limit ? offset ?""")
			.params(customerId, limit, offset).query(Uses::row).list();
	}

	public long count(long customerId) {
		return jdbc.sql("select count(*) from entitlement_use where customer_id = ?").param(customerId)
			.query(Long.class).single();
	}

	private static UseRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long value = rs.getLong("approval_id");
		Long approval = rs.wasNull() ? null : value;
		return new UseRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("code"), rs.getInt("year"),
				rs.getTimestamp("used_at").toInstant(), rs.getString("recorded_by"), rs.getString("note"),
				UseStatus.valueOf(rs.getString("status")), approval);
	}
}
