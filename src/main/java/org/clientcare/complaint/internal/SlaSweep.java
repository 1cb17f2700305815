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
 * <p>Set-based, in ranges of {@link ComplaintSettings#sweepBatchSize()} complaint ids (100,000), each range its own
 * transaction: one statement records the range's breaches, marks its complaints and writes their timeline; one
 * event carries the breaches; the audit entries are appended last, together. A range commits all of this or
 * nothing, so a run that stops half-way leaves whole ranges, and the next run records the rest. The notices follow
 * each range's commit.
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
		// One time for the whole run: every deadline passed before it started is recorded. Complaints registered
		// during the run are left to the next one (their deadlines lie ahead anyway).
		Instant now = clock.instant();
		long last = breaches.lastId();
		int batches = 0;
		int recorded = 0;
		long complaints = 0;
		for (long after = 0; after < last; after += batchSize) {
			long from = after;
			List<Breach> found = batch.execute(status -> sweep(from, Math.min(last, from + batchSize), now));
			batches++;
			recorded += found.size();
			// A complaint belongs to one batch only, so counting per batch counts each once.
			complaints += found.stream().mapToLong(Breach::complaintId).distinct().count();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("breaches", recorded);
		result.put("complaints", complaints);
		result.put("batches", batches);
		return result;
	}

	/** One batch: the complaints with ids in {@code after < id <= upTo}; answers their new breaches. */
	private List<Breach> sweep(long after, long upTo, Instant now) {
		List<Breach> found = breaches.record(after, upTo, now, ACTOR);
		if (!found.isEmpty()) {
			events.publishEvent(new ComplaintsBreached(found, now));
			audit.recordAll(found.stream()
				.map(b -> new AuditTrail.Change("complaint.breached", "complaint", b.complaintId(), null,
						Map.of("sla", b.sla())))
				.toList());
		}
		return found;
	}
}
