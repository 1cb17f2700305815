package org.clientcare.remediation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.remediation.RemediationEvents.RemediationEscalated;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.JobStep;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The remediations' part of the SLA sweep ({@code sla-sweep}): one statement marks every remediation still open after
 * its due day (once: a marked one is skipped, and the mark is never cleared); compliance gets one e-mail with the count
 * through the notification outbox; each is audited and published for the customer's timeline.
 */
@Component
class OverdueRemediations implements JobStep {

	private final Remediations remediations;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverdueRemediations(Remediations remediations, IdentityManagement identity, NotificationManagement notifications,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.remediations = remediations;
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
		return "remediations";
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		List<RemediationRow> escalated = remediations.escalate(LocalDate.ofInstant(now, clock.getZone()), now);
		if (escalated.isEmpty()) {
			return Map.of("escalated", 0);
		}
		audit.recordAll(escalated.stream().map(r -> new AuditTrail.Change("remediation.escalated", "remediation", r.id(),
				Map.of("escalated", false), Map.of("escalated", true, "dueDate", r.dueDate().toString()))).toList());
		escalated.forEach(r -> events.publishEvent(new RemediationEscalated(r.id(), new CustomerId(r.customerId()),
				r.dueDate(), now)));
		long first = escalated.stream().mapToLong(RemediationRow::id).min().orElseThrow();
		for (StaffUser officer : identity.usersWithRole(Role.COMPLIANCE)) {
			if (officer.enabled() && officer.email() != null) {
				notifications.send(new OutgoingMessage("remediation:overdue:" + officer.id() + ":" + first, Channel.EMAIL,
						officer.email(), "remediation-overdue", Locale.SIMPLIFIED_CHINESE,
						Map.of("count", Integer.toString(escalated.size())), Purpose.SERVICE, null));
			}
		}
		return Map.of("escalated", escalated.size());
	}
}
