package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.ComplaintEvents.ComplaintBreached;
import org.clientcare.shared.jobs.Job;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA sweep ({@code sla-sweep}): records every missed deadline once (a unique key makes a second run a no-op),
 * marks the complaint breached and escalated, and publishes {@link ComplaintBreached} so that the department's
 * supervisor and compliance are told. Breaches are never cleared, also after the complaint closes.
 */
@Component
public class SlaSweep implements Job {

	private final Complaints complaints;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaSweep(Complaints complaints, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "sla-sweep";
	}

	@Override
	@Transactional
	public Map<String, Object> run() {
		Instant now = clock.instant();
		var breaches = complaints.recordBreaches(now);
		for (var breach : breaches) {
			complaints.markBreached(breach.getKey(), now);
			complaints.event(breach.getKey(), now, "system:sla-sweep", "BREACHED", breach.getValue(), false);
			audit.record("complaint.breached", "complaint", breach.getKey(), null, Map.of("sla", breach.getValue()));
			events.publishEvent(new ComplaintBreached(breach.getKey(), breach.getValue()));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("breaches", breaches.size());
		result.put("complaints", breaches.stream().map(Map.Entry::getKey).distinct().count());
		return result;
	}
}
