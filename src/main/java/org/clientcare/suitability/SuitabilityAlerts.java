package org.clientcare.suitability;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.suitability.internal.SuitabilityRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance oversight of suitability (compliance and administrators only, 403 for others): the alert queue, closing
 * an alert with a finding (audited; a closed alert cannot be closed again, 409), and the report of mismatched sales
 * that went ahead with an acknowledgment, with their evidence.
 */
@Service
public class SuitabilityAlerts {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	SuitabilityAlerts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Alerts, newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public ResultPage<SuitabilityAlert> alerts(SuitabilityAlert.Status status, int page, int size) {
		requireOversight();
		String name = status == null ? null : status.name();
		List<SuitabilityAlert> content = jdbc.sql("""
				select * from suitability_alert where (cast(? as text) is null or status = ?)
				order by raised_at desc, id desc limit ? offset ?""")
			.params(name, name, size, (long) page * size).query(SuitabilityRecords::alert).list();
		long total = jdbc.sql("select count(*) from suitability_alert where (cast(? as text) is null or status = ?)")
			.params(name, name).query(Long.class).single();
		return new ResultPage<>(content, page, size, total);
	}

	/** Closes an open alert with compliance's finding. */
	@Transactional
	public SuitabilityAlert close(long id, String finding) {
		requireOversight();
		if (finding == null || finding.isBlank() || finding.length() > 4000) {
			throw InvalidInput.of("finding", "required", "The finding, up to 4,000 characters");
		}
		SuitabilityAlert alert = jdbc.sql("select * from suitability_alert where id = ? for update").param(id)
			.query(SuitabilityRecords::alert).optional().orElseThrow(() -> new NotFound("Suitability alert", id));
		if (alert.status() == SuitabilityAlert.Status.CLOSED) {
			throw new Conflict("alert-closed", "The alert is already closed");
		}
		jdbc.sql("update suitability_alert set status = 'CLOSED', finding = ?, closed_at = ?, closed_by = ? where id = ?")
			.params(finding.strip(), Timestamp.from(clock.instant()), CurrentActor.get().username(), id).update();
		audit.record("suitability-alert.closed", "suitability-alert", id, Map.of("status", "OPEN"),
				Map.of("status", "CLOSED", "finding", finding.strip()));
		return jdbc.sql("select * from suitability_alert where id = ?").param(id).query(SuitabilityRecords::alert).single();
	}

	/** Reported purchases above the customer's level that went ahead acknowledged, newest first, with the evidence. */
	@Transactional(readOnly = true)
	public ResultPage<MismatchedSale> mismatches(int page, int size) {
		requireOversight();
		List<MismatchedSale> content = jdbc.sql("""
				select c.id, c.customer_id, c.product_code, c.customer_level, c.product_level, c.transaction_id, c.checked_at,
				       a.id as ack_id, a.signed_at, a.note, a.recorded_by, c.acknowledgment_id is null as reported
				from suitability_check c left join risk_acknowledgment a on a.id = c.acknowledgment_id
				where c.result = 'MISMATCH' and c.acknowledged and c.transaction_id is not null
				order by c.checked_at desc, c.id desc limit ? offset ?""")
			.params(size, (long) page * size)
			.query((rs, n) -> new MismatchedSale(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("product_code"),
					RiskTolerance.valueOf(rs.getString("customer_level")), rs.getString("product_level"),
					rs.getLong("transaction_id"), rs.getObject("checked_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getObject("ack_id", Long.class),
					rs.getObject("signed_at", java.time.OffsetDateTime.class) == null ? null
							: rs.getObject("signed_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("note"), rs.getString("recorded_by"), rs.getBoolean("reported")))
			.list();
		long total = jdbc.sql("""
				select count(*) from suitability_check
				where result = 'MISMATCH' and acknowledged and transaction_id is not null""").query(Long.class).single();
		return new ResultPage<>(content, page, size, total);
	}

	/** Whether the current actor oversees suitability (compliance, administrators). */
	public boolean mayOversee() {
		Actor actor = CurrentActor.get();
		return actor.isSystem() || "COMPLIANCE".equals(actor.role()) || "ADMIN".equals(actor.role());
	}

	private void requireOversight() {
		if (!mayOversee()) {
			throw new Forbidden("compliance-only", "Only compliance and administrators oversee suitability");
		}
	}
}
