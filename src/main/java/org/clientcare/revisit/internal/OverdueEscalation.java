package org.clientcare.revisit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Supervisors;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Escalates overdue open revisits (§5) once each: one set-based statement marks those due before {@code dueBefore}
 * and not yet escalated, and the branch manager nearest above each customer's unit (the administrators when there is
 * none) gets one e-mail with the count through the notification outbox.
 */
@Component
class OverdueEscalation {

	private final JdbcClient jdbc;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	OverdueEscalation(JdbcClient jdbc, IdentityManagement identity, NotificationManagement notifications) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.notifications = notifications;
	}

	/** Marks and announces the newly overdue revisits; answers how many were escalated. */
	int escalate(LocalDate dueBefore, Instant now) {
		record Escalated(long unitId, long count, long firstId) {
		}
		List<Escalated> byUnit = jdbc.sql("""
				with escalated as (
				  update revisit r set escalated_at = ? from customer_ref c
				  where c.id = r.customer_id and r.status = 'OPEN' and r.due_date < ? and r.escalated_at is null
				  returning r.id, c.org_unit_id)
				select org_unit_id, count(*) as n, min(id) as first_id from escalated group by org_unit_id""")
			.params(Timestamp.from(now), dueBefore)
			.query((rs, n) -> new Escalated(rs.getLong("org_unit_id"), rs.getLong("n"), rs.getLong("first_id")))
			.list();
		Map<StaffUser, long[]> perManager = new LinkedHashMap<>();
		Supervisors supervisors = identity.supervisors();
		for (Escalated unit : byUnit) {
			for (StaffUser manager : supervisors.of(unit.unitId())) {
				long[] counts = perManager.computeIfAbsent(manager, m -> new long[] { 0, Long.MAX_VALUE });
				counts[0] += unit.count();
				counts[1] = Math.min(counts[1], unit.firstId());
			}
		}
		perManager.forEach((manager, counts) -> {
			if (manager.email() != null) {
				notifications.send(new OutgoingMessage("revisit:overdue:" + manager.id() + ":" + counts[1], Channel.EMAIL,
						manager.email(), "revisit-overdue", Locale.SIMPLIFIED_CHINESE,
						Map.of("count", Long.toString(counts[0]), "dueBefore", dueBefore.toString()), Purpose.SERVICE, null));
			}
		});
		return byUnit.stream().mapToInt(unit -> (int) unit.count()).sum();
	}
}
