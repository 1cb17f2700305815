package org.clientcare.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.casework.CaseEvents.CasesOverdue;
import org.clientcare.casework.CaseEvents.CasesOverdue.Overdue;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Supervisors;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.JobStep;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases' part of the SLA sweep ({@code sla-sweep}): one statement flags every open case past its stage's due time
 * (paused ones are not: their clock stands still), once per stage, and writes its {@code OVERDUE} event; each is
 * escalated to the branch manager nearest above the case's unit (the administrators when there is none) with one
 * e-mail per manager through the outbox; then one {@link CasesOverdue} and one audit entry per case. A second run finds
 * nothing; entering the next stage clears the flag.
 */
@Component
class OverdueCases implements JobStep {

	private static final String FLAG = """
			with flagged as (
			  update client_case k set overdue = true, escalated_at = ?, version = version + 1, updated_at = ?
			  from case_template_stage s
			  where s.template_id = k.template_id and s.position = k.stage_position
			    and k.status = 'OPEN' and not k.overdue and k.stage_due_at < ?
			  returning k.id, k.case_no, k.customer_id, k.org_unit_id, k.stage_due_at, s.code),
			events as (
			  insert into client_case_event (case_id, at, actor, kind, detail)
			  select id, ?, ?, 'OVERDUE', code from flagged)
			select * from flagged order by id""";

	private final JdbcClient jdbc;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverdueCases(JdbcClient jdbc, IdentityManagement identity, NotificationManagement notifications, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String job() {
		return "sla-sweep";
	}

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Overdue> found = jdbc.sql(FLAG).params(at, at, at, at, "system:sla-sweep")
			.query((rs, n) -> new Overdue(rs.getLong("id"), rs.getString("case_no"), new CustomerId(rs.getLong("customer_id")),
					rs.getLong("org_unit_id"), rs.getString("code"), Cases.instant(rs, "stage_due_at")))
			.list();
		if (!found.isEmpty()) {
			escalate(found);
			events.publishEvent(new CasesOverdue(found, now));
			audit.recordAll(found.stream()
				.map(o -> new AuditTrail.Change("case.overdue", "case", o.caseId(), Map.of("overdue", false),
						Map.of("overdue", true, "stage", o.stage(), "stageDueAt", o.dueAt().toString())))
				.toList());
		}
		return Map.of("overdue", found.size());
	}

	private void escalate(List<Overdue> found) {
		Supervisors supervisors = identity.supervisors();
		Map<StaffUser, List<Overdue>> perManager = new LinkedHashMap<>();
		for (Overdue o : found) {
			for (StaffUser manager : supervisors.of(o.orgUnitId())) {
				perManager.computeIfAbsent(manager, m -> new java.util.ArrayList<>()).add(o);
			}
		}
		perManager.forEach((manager, cases) -> {
			if (manager.email() != null) {
				List<String> caseNos = cases.stream().map(Overdue::caseNo).toList();
				Overdue first = cases.get(0);
				notifications.send(new OutgoingMessage("case:overdue:" + manager.id() + ":" + first.caseId() + ":"
						+ first.dueAt().getEpochSecond(),
						Channel.EMAIL, manager.email(), "case-overdue", Locale.SIMPLIFIED_CHINESE,
						Map.of("count", Integer.toString(caseNos.size()), "cases", String.join(", ", caseNos)),
						Purpose.SERVICE, null));
			}
		});
	}
}
