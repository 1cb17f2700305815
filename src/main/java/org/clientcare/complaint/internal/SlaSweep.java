package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.ComplaintEvents.ComplaintsBreached;
import org.clientcare.complaint.ComplaintEvents.ComplaintsBreached.Breach;
import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.shared.jobs.Job;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA sweep ({@code sla-sweep}): records every missed deadline once (a unique key makes a second run a no-op),
 * marks the complaint breached and escalated, writes the timeline and the audit trail, and publishes
 * {@link ComplaintsBreached} so that the department's supervisor and compliance are told. Breaches are never
 * cleared, also after the complaint closes.
 *
 * <p>Set-based in batches of {@link ComplaintSettings#sweepBatchSize()} complaints by id, each its own transaction:
 * one statement records the batch's breaches, marks its complaints and writes their timeline; one event carries the
 * batch's breaches; the audit entries are appended last, together. A batch commits all of this or nothing, so a run
 * that stops half-way leaves whole batches, and the next run records the rest.
 */
@Component
public class SlaSweep implements Job {

	static final String ACTOR = "system:sla-sweep";

	private final Breaches breaches;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int batchSize;

	private final TransactionTemplate batch;

	SlaSweep(Breaches breaches, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ComplaintSettings settings, PlatformTransactionManager transactions) {
		this.breaches = breaches;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.batchSize = settings.sweepBatchSize();
		this.batch = new TransactionTemplate(transactions);
		this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String name() {
		return "sla-sweep";
	}

	@Override
	public Map<String, Object> run() {
		// One time for the whole run: every deadline passed before it started is recorded.
		Instant now = clock.instant();
		long after = 0;
		int batches = 0;
		int recorded = 0;
		long complaints = 0;
		while (true) {
			long from = after;
			var swept = batch.execute(status -> sweep(from, now));
			if (swept == null) {
				break;
			}
			after = swept.upTo();
			batches++;
			recorded += swept.breaches().size();
			// A complaint belongs to one batch only, so counting per batch counts each once.
			complaints += swept.breaches().stream().mapToLong(Breach::complaintId).distinct().count();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("breaches", recorded);
		result.put("complaints", complaints);
		result.put("batches", batches);
		return result;
	}

	/** One batch: the complaints after {@code after}; {@code null} when there are none. */
	private Swept sweep(long after, Instant now) {
		var upTo = breaches.nextBatchEnd(after, batchSize);
		if (upTo.isEmpty()) {
			return null;
		}
		List<Breach> found = breaches.record(after, upTo.get(), now, ACTOR);
		if (!found.isEmpty()) {
			events.publishEvent(new ComplaintsBreached(found));
			audit.recordAll(found.stream()
				.map(b -> new AuditTrail.Change("complaint.breached", "complaint", b.complaintId(), null,
						Map.of("sla", b.sla())))
				.toList());
		}
		return new Swept(upTo.get(), found);
	}

	private record Swept(long upTo, List<Breach> breaches) {
	}
}
