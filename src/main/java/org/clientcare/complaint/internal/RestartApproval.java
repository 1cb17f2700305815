package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.RegulatoryClock;
import org.clientcare.identity.Permission;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Conflict;

import org.springframework.stereotype.Component;

/**
 * New facts from the complainant restart the regulatory count from the day they arrived (§6; Art. 18 of the
 * regulator's complaint rules), once a checker approves it, since it moves the deadline: the count starts at the new
 * facts, the time the clock stood still before them no longer counts, and the approved extensions still apply.
 */
@Component
public class RestartApproval extends TypedApprovalHandler<RestartApproval.Payload> {

	public static final String TYPE = "complaint.restart";

	private final Complaints complaints;

	private final AuditTrail audit;

	private final Clock clock;

	RestartApproval(Complaints complaints, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_DEADLINE_EXTENSION);
		this.complaints = complaints;
		this.audit = audit;
		this.clock = clock;
	}

	/** "投诉 TS…：新事实 2026-11-12 起重新计算监管时限": the complaint's number is the start of the stored summary. */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { request.summary().split(": ", 2)[0],
				payload.factsAt().atZone(clock.getZone()).toLocalDate().toString() };
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		var row = complaints.find(payload.complaintId(), ComplaintScope.Filter.all()).orElseThrow();
		if (!row.status().equals("RECEIVED") && !row.status().equals("ACKNOWLEDGED") && !row.status().equals("IN_PROGRESS")
				&& !row.status().equals("REOPENED") && !row.status().equals("ESCALATED")) {
			throw new Conflict("illegal-step", "A " + row.status() + " complaint's regulatory count is not restarted");
		}
		Instant due = RegulatoryClock.due(payload.factsAt(), row.regulatoryDays(), Duration.ZERO);
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("regulatory_from", payload.factsAt());
		columns.put("paused_seconds", 0L);
		columns.put("regulatory_due_at", due);
		if (!complaints.update(row.id(), row.version(), columns, clock.instant())) {
			throw new Conflict("stale", "The complaint changed; decide again");
		}
		complaints.event(row.id(), clock.instant(), CurrentActor.get().username(), "RESTARTED",
				"regulatory deadline " + due, true);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("regulatoryDueAt", row.regulatoryDueAt().toString());
		before.put("regulatoryFrom", row.regulatoryStart().toString());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("regulatoryDueAt", due.toString());
		after.put("regulatoryFrom", payload.factsAt().toString());
		after.put("approval", request.id());
		audit.record("complaint.restarted", "complaint", row.id(), before, after, "new facts");
	}

	/** Which complaint, and when the new facts arrived (an ISO-8601 instant, as stored with the request). */
	public record Payload(long complaintId, String arrivedAt) {

		public Payload(long complaintId, Instant arrivedAt) {
			this(complaintId, arrivedAt.toString());
		}

		public Instant factsAt() {
			return Instant.parse(arrivedAt);
		}
	}
}
