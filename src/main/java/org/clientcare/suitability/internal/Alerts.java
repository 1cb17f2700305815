package org.clientcare.suitability.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.suitability.MismatchedSale;
import org.clientcare.suitability.RiskTolerance;
import org.clientcare.suitability.SuitabilityAlert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code suitability_alert} table as compliance works it, and the report of mismatched sales read from
 * {@code suitability_check} and {@code risk_acknowledgment}. Alerts are raised by {@link SuitabilityRecords}.
 */
@Repository
public class Alerts {

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of alerts, newest first, of one status ({@code null}: all). */
	public List<SuitabilityAlert> page(String status, int page, int size) {
		return jdbc.sql("""
				select * from suitability_alert where (cast(? as text) is null or status = ?)
				order by raised_at desc, id desc limit ? offset ?""")
			.params(status, status, size, (long) page * size).query(SuitabilityRecords::alert).list();
	}

	public long count(String status) {
		return jdbc.sql("select count(*) from suitability_alert where (cast(? as text) is null or status = ?)")
			.params(status, status).query(Long.class).single();
	}

	public Optional<SuitabilityAlert> lock(long id) {
		return jdbc.sql("select * from suitability_alert where id = ? for update").param(id)
			.query(SuitabilityRecords::alert).optional();
	}

	public SuitabilityAlert close(long id, String finding, Instant at, String by) {
		jdbc.sql("update suitability_alert set status = 'CLOSED', finding = ?, closed_at = ?, closed_by = ? where id = ?")
			.params(finding, Timestamp.from(at), by, id).update();
		return jdbc.sql("select * from suitability_alert where id = ?").param(id).query(SuitabilityRecords::alert).single();
	}

	/** Reported purchases above the customer's level that went ahead acknowledged, newest first, with the evidence. */
	public List<MismatchedSale> mismatches(int page, int size) {
		return jdbc.sql("""
				select c.id, c.customer_id, c.product_code, c.customer_level, c.product_level, c.transaction_id, c.checked_at,
				       a.id as ack_id, a.signed_at, a.note, a.recorded_by, c.acknowledgment_id is null as reported
				from suitability_check c left join risk_acknowledgment a on a.id = c.acknowledgment_id
				where c.result = 'MISMATCH' and c.acknowledged and c.transaction_id is not null
				order by c.checked_at desc, c.id desc limit ? offset ?""")
			.params(size, (long) page * size)
			.query((rs, n) -> new MismatchedSale(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("product_code"),
					RiskTolerance.valueOf(rs.getString("customer_level")), rs.getString("product_level"),
					rs.getLong("transaction_id"), rs.getObject("checked_at", OffsetDateTime.class).toInstant(),
					rs.getObject("ack_id", Long.class),
					rs.getObject("signed_at", OffsetDateTime.class) == null ? null
							: rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
					rs.getString("note"), rs.getString("recorded_by"), rs.getBoolean("reported")))
			.list();
	}

	public long countMismatches() {
		return jdbc.sql("""
				select count(*) from suitability_check
				where result = 'MISMATCH' and acknowledged and transaction_id is not null""").query(Long.class).single();
	}
}
