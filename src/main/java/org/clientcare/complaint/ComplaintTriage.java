package org.clientcare.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.ComplaintEvents.ComplaintEscalatedToCompliance;
import org.clientcare.complaint.internal.Causes;
import org.clientcare.complaint.internal.ComplaintRow;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.ComplaintViews;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage (判断投诉的性质和严重程度, §6): a complaint's severity and cause, judged at intake and revised while it is
 * handled, until it is closed. A complaint that becomes {@code MAJOR} is escalated to compliance at once (once: the time
 * is kept and compliance is told). Each change is on the timeline and in the audit trail; who may triage is who may take
 * the complaint's steps ({@link Permission#COMPLAINT_HANDLE}).
 */
@Service
public class ComplaintTriage {

	private final Complaints complaints;

	private final ComplaintScope scope;

	private final ComplaintViews views;

	private final Causes causes;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintTriage(Complaints complaints, ComplaintScope scope, ComplaintViews views, Causes causes,
			Authorization authorization, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.scope = scope;
		this.views = views;
		this.causes = causes;
		this.authorization = authorization;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets the severity and/or the cause (at least one); {@code note} says why (up to 2,000 characters). An unknown
	 * severity or a cause not offered is a 400 naming the field; a closed complaint is a {@link Conflict}.
	 */
	@Transactional
	public ComplaintView triage(long id, String severity, String cause, String note) {
		ComplaintRow row = complaints.find(id, scope.current()).orElseThrow(() -> new NotFound("Complaint", id));
		authorization.require(Permission.COMPLAINT_HANDLE,
				Target.unit(row.orgUnitId()).inDepartment(row.departmentId()).assignedTo(row.handlerId()));
		var problems = new InvalidInput.Collector();
		ComplaintSeverity level = null;
		if (severity != null && !severity.isBlank()) {
			try {
				level = ComplaintSeverity.valueOf(severity.strip());
			}
			catch (IllegalArgumentException e) {
				problems.add("severity", "unknown", "ORDINARY, SERIOUS or MAJOR");
			}
		}
		String code = cause == null || cause.isBlank() ? null : cause.strip();
		if (code != null && !causes.isActive(code)) {
			problems.add("cause", "unknown", "Not a complaint cause");
		}
		if ((severity == null || severity.isBlank()) && code == null) {
			problems.add("severity", "required", "A severity, a cause or both");
		}
		String words = note == null || note.isBlank() ? null : note.strip();
		if (words != null && words.length() > 2000) {
			problems.add("note", "size", "A note of up to 2,000 characters");
		}
		problems.throwIfAny();
		if (ComplaintStatus.valueOf(row.status()) == ComplaintStatus.CLOSED) {
			throw new Conflict("illegal-step", "A closed complaint is not triaged any more");
		}
		Map<String, Object> columns = new LinkedHashMap<>();
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		if (level != null && !level.name().equals(row.severity())) {
			columns.put("severity", level.name());
			before.put("severity", row.severity());
			after.put("severity", level.name());
		}
		if (code != null && !code.equals(row.cause())) {
			columns.put("cause", code);
			before.put("cause", row.cause());
			after.put("cause", code);
		}
		if (columns.isEmpty()) {
			return views.full(row);
		}
		Instant now = clock.instant();
		boolean escalate = level != null && level.escalatesToCompliance() && row.complianceEscalatedAt() == null;
		if (escalate) {
			columns.put("compliance_escalated_at", now);
		}
		if (!complaints.update(row.id(), row.version(), columns, now)) {
			throw new StaleVersion("Complaint " + row.complaintNo());
		}
		String actor = CurrentActor.get().username();
		String detail = String.join(" · ", after.values().stream().map(Object::toString).toList())
				+ (words == null ? "" : ": " + words);
		complaints.event(row.id(), now, actor, "TRIAGED", detail, false);
		after.put("complaintNo", row.complaintNo());
		audit.record("complaint.triaged", "complaint", row.id(), before, after, words);
		if (escalate) {
			escalated(row.id(), row.complaintNo(), level, now);
		}
		return views.full(complaints.find(id, ComplaintScope.Filter.all()).orElseThrow());
	}

	/** Records that a major complaint went to compliance and tells compliance (also for intake). */
	void escalated(long id, String complaintNo, ComplaintSeverity level, Instant at) {
		complaints.event(id, at, CurrentActor.get().username(), "ESCALATED_TO_COMPLIANCE", null, false);
		audit.record("complaint.escalated-to-compliance", "complaint", id, null,
				Map.of("complaintNo", complaintNo, "severity", level.name()));
		events.publishEvent(new ComplaintEscalatedToCompliance(id, level, at));
	}

	/** The severities for forms, in order. */
	public static ComplaintSeverity[] severities() {
		return ComplaintSeverity.values();
	}

	/** Causes offered for forms: code → name. */
	public Map<String, String> causes(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		causes.all().stream().filter(ComplaintCause::active).forEach(c -> names.put(c.code(), c.name(locale)));
		return names;
	}
}
