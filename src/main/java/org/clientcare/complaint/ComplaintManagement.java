package org.clientcare.complaint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Qualifier;
import org.clientcare.identity.Authorization;
import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.ComplaintEvents.ComplaintAcknowledged;
import org.clientcare.complaint.ComplaintEvents.ComplaintClosed;
import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.complaint.ComplaintEvents.ComplaintReopened;
import org.clientcare.complaint.ComplaintEvents.ComplaintResolved;
import org.clientcare.complaint.ComplaintStatus.Step;
import org.clientcare.complaint.internal.ComplaintRow;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.ComplaintViews;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.complaint.internal.Contacts;
import org.clientcare.complaint.internal.ExtensionApproval;
import org.clientcare.complaint.internal.FeedbackLinkSender;
import org.clientcare.complaint.internal.CompensationApproval;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint handling (§6). Every step checks the lifecycle ({@link Conflict} for an illegal step), the caller's role
 * and its complaint scope ({@link NotFound} outside it), writes the timeline and the audit trail, and publishes an
 * event. Deadlines come from {@link ComplaintDeadlines} on the official working-day calendar.
 */
@Service
public class ComplaintManagement {

	private final Authorization authorization;


	private final Complaints complaints;

	private final ComplaintScope scope;

	private final ComplaintViews views;

	private final ComplaintIntake intake;

	private final IdentityManagement identity;

	private final ApprovalManagement approvals;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ComplaintSettings settings;

	private final Clock clock;

	private final FeedbackLinkSender feedbackLinks;

	private final org.clientcare.complaint.internal.Causes causes;

	ComplaintManagement(Complaints complaints, ComplaintScope scope, ComplaintViews views, ComplaintIntake intake,
			IdentityManagement identity, ApprovalManagement approvals, AuditTrail audit, ApplicationEventPublisher events,
			ComplaintSettings settings, Clock clock, Authorization authorization, FeedbackLinkSender feedbackLinks,
			org.clientcare.complaint.internal.Causes causes) {
		this.causes = causes;
		this.feedbackLinks = feedbackLinks;
		this.authorization = authorization;
		this.complaints = complaints;
		this.scope = scope;
		this.views = views;
		this.intake = intake;
		this.identity = identity;
		this.approvals = approvals;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Registers a complaint taken by staff from any channel; its deadlines are fixed now. */
	@Transactional
	public ComplaintView register(RegisterComplaint command) {
		Actor actor = CurrentActor.get();
		authorization.require(Permission.COMPLAINT_REGISTER);
		authorization.require(Permission.COMPLAINT_REGISTER, intake.registrationTarget(command.customerId(), actor.orgUnitId()));
		long id = intake.register(command, actor.username(), actor.orgUnitId());
		return get(id);
	}

	/** Registers a complaint a customer sent through the public page; answers its number. */
	@Transactional
	public String registerPublic(String name, String mobile, String category, String content) {
		long id = intake.register(new RegisterComplaint(null, name, mobile, ComplaintChannel.ONLINE, category, content,
				null, null, null), "public", null);
		return complaints.find(id, ComplaintScope.Filter.all()).orElseThrow().complaintNo();
	}

	/** The complaint's public status, for whoever knows its number and the contact it was registered with. */
	@Transactional(readOnly = true)
	public Optional<PublicStatus> track(String complaintNo, String contact) {
		if (complaintNo == null || contact == null || complaintNo.length() > 20) {
			return Optional.empty();
		}
		return Contacts.normalise(contact).flatMap(normalised -> complaints.byNumberAndContact(complaintNo.strip(),
				intake.contactHashes(normalised)))
			.map(row -> new PublicStatus(row.complaintNo(), ComplaintStatus.valueOf(row.status()), row.receivedAt(),
					row.resolutionDueAt(), row.resolution(), complaints.timeline(row.id(), true)));
	}

	@Transactional(readOnly = true)
	public ComplaintView get(long id) {
		return views.full(require(id));
	}

	@Transactional(readOnly = true)
	public ResultPage<ComplaintView> list(ComplaintStatus status, Boolean overdue, String department, int page, int size) {
		Long departmentId = null;
		if (department != null && !department.isBlank()) {
			Optional<OrgUnit> unit = identity.findOrgUnit(department.strip());
			if (unit.isEmpty()) {
				return new ResultPage<>(List.of(), page, size, 0);
			}
			departmentId = unit.get().id();
		}
		Instant now = clock.instant();
		var filter = scope.current();
		String statusName = status == null ? null : status.name();
		List<ComplaintView> content = complaints.list(filter, statusName, overdue, departmentId, now, page, size).stream()
			.map(views::summary).toList();
		return new ResultPage<>(content, page, size, complaints.count(filter, statusName, overdue, departmentId, now));
	}

	@Transactional
	public ComplaintView acknowledge(long id, String message) {
		ComplaintRow row = step(id, Step.ACKNOWLEDGE);
		Instant now = clock.instant();
		change(row, Map.of("status", "ACKNOWLEDGED", "acknowledged_at", now));
		record(row, "ACKNOWLEDGED", blankToNull(message), true);
		events.publishEvent(new ComplaintAcknowledged(id, now));
		return get(id);
	}

	/** Assigns the complaint to a department and, optionally, a handler of it. */
	@Transactional
	public ComplaintView assign(long id, String departmentCode, String handlerUsername) {
		ComplaintRow row = step(id, Step.ASSIGN);
		var problems = new InvalidInput.Collector();
		Optional<OrgUnit> department = departmentCode == null ? Optional.empty() : identity.findOrgUnit(departmentCode.strip());
		if (department.isEmpty() || department.get().kind() != OrgUnit.Kind.DEPARTMENT) {
			problems.add("department", "unknown", "No department with this code");
		}
		Long handlerId = null;
		if (handlerUsername != null && !handlerUsername.isBlank()) {
			Optional<StaffUser> handler = identity.findUser(handlerUsername.strip());
			if (handler.isEmpty() || department.isEmpty() || handler.get().orgUnitId() != department.get().id()) {
				problems.add("handler", "unknown", "No staff member of this department with this username");
			}
			else {
				handlerId = handler.get().id();
			}
		}
		problems.throwIfAny();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", "IN_PROGRESS");
		columns.put("department_id", department.get().id());
		columns.put("handler_id", handlerId);
		change(row, columns);
		record(row, "ASSIGNED", department.get().code() + (handlerUsername == null || handlerUsername.isBlank() ? ""
				: " / " + handlerUsername.strip()), true);
		return get(id);
	}

	@Transactional
	public ComplaintView note(long id, String text) {
		if (text == null || text.isBlank() || text.length() > 10_000) {
			throw InvalidInput.of("text", "required", "A note of up to 10,000 characters");
		}
		ComplaintRow row = step(id, Step.NOTE);
		change(row, Map.of());
		record(row, "NOTE", text.strip(), false);
		return get(id);
	}

	/** Gives the resolution; a compensation from the customer protection fund waits for a checker's approval. */
	@Transactional
	public ComplaintView resolve(long id, String resolution, BigDecimal compensation) {
		return resolve(id, resolution, compensation, null);
	}

	/**
	 * {@link #resolve(long, String, BigDecimal)} recording the complaint's cause (投诉原因) as the resolution found it:
	 * a cause of the taxonomy still offered (400 naming {@code cause} otherwise); without one, the cause triage recorded
	 * stays.
	 */
	@Transactional
	public ComplaintView resolve(long id, String resolution, BigDecimal compensation, String cause) {
		ComplaintRow row = step(id, Step.RESOLVE);
		String causeCode = blankToNull(cause);
		if (causeCode != null && !causes.isActive(causeCode)) {
			throw InvalidInput.of("cause", "unknown", "Not a complaint cause");
		}
		if (resolution == null || resolution.isBlank() || resolution.length() > 10_000) {
			throw InvalidInput.of("resolution", "required", "A resolution of up to 10,000 characters");
		}
		if (compensation != null && (compensation.signum() <= 0 || compensation.scale() > 2
				|| compensation.compareTo(new BigDecimal("999999999999.99")) > 0)) {
			throw InvalidInput.of("compensationAmount", "range", "A positive amount in CNY with at most 2 decimals");
		}
		if (row.pausedAt() != null) {
			// a decision ends the appraisal or mediation the clock waited for
			row = resumeClock(row);
		}
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", "RESOLVED");
		columns.put("resolved_at", clock.instant());
		columns.put("resolution", resolution.strip());
		if (causeCode != null) {
			columns.put("cause", causeCode);
		}
		if (compensation != null) {
			columns.put("compensation_amount", compensation);
			columns.put("compensation_status", "PENDING");
		}
		change(row, columns);
		record(row, "RESOLVED", resolution.strip(), true);
		if (causeCode != null && !causeCode.equals(row.cause())) {
			complaints.event(row.id(), clock.instant(), CurrentActor.get().username(), "TRIAGED", causeCode, false);
			audit.record("complaint.triaged", "complaint", row.id(), java.util.Collections.singletonMap("cause", row.cause()),
					Map.of("cause", causeCode, "complaintNo", row.complaintNo()), "at resolution");
		}
		feedbackLinks.send(row, resolution.strip(), CurrentActor.get().username());
		if (compensation != null) {
			ApprovalRequest request = approvals.request(CompensationApproval.TYPE,
					new CompensationApproval.Payload(id, compensation), "complaint", Long.toString(id), row.orgUnitId(),
					row.complaintNo() + ": " + compensation.toPlainString() + " CNY", ApprovalManagement.reasonFrom(resolution.strip()),
					row.customerId());
			record(row, "COMPENSATION_REQUESTED", compensation.toPlainString() + " CNY (#" + request.id() + ")", false);
		}
		events.publishEvent(new ComplaintResolved(id));
		return get(id);
	}

	/**
	 * The complainant's answer, recorded by staff who called them: accepted closes the complaint, otherwise it is
	 * reopened (escalated the second time).
	 */
	@Transactional
	public ComplaintView feedback(long id, boolean accepted, Integer satisfaction) {
		return feedback(id, accepted, satisfaction, null);
	}

	/** {@link #feedback(long, boolean, Integer)} with the complainant's words. */
	@Transactional
	public ComplaintView feedback(long id, boolean accepted, Integer satisfaction, String comment) {
		ComplaintRow row = require(id);
		authorization.require(Permission.COMPLAINT_FEEDBACK, target(row));
		answer(row, accepted, satisfaction, comment, "STAFF");
		return get(id);
	}

	/**
	 * Records the complainant's answer to the resolution, from staff ({@code STAFF}) or from the customer's own
	 * single-use link ({@code CUSTOMER}); the caller checked who may give it (public only for {@link ComplaintFeedback},
	 * as a call through the transactional proxy: the row is the module's own type).
	 */
	public void answer(ComplaintRow row, boolean accepted, Integer satisfaction, String comment, String source) {
		if (!ComplaintStatus.valueOf(row.status()).allows(Step.FEEDBACK)) {
			throw new Conflict("illegal-step", "A " + row.status() + " complaint takes no feedback");
		}
		if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
			throw InvalidInput.of("satisfaction", "range", "Satisfaction from 1 to 5");
		}
		String words = blankToNull(comment);
		if (words != null && words.length() > 2000) {
			throw InvalidInput.of("comment", "size", "A comment of up to 2,000 characters");
		}
		if (accepted && "PENDING".equals(row.compensationStatus())) {
			throw new Conflict("compensation-pending",
					"The compensation still waits for a checker's decision; the complaint is closed after it");
		}
		Instant now = clock.instant();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("satisfaction", satisfaction);
		columns.put("feedback_comment", words);
		columns.put("feedback_source", source);
		String detail = (satisfaction == null ? "" : "satisfaction " + satisfaction)
				+ (words == null ? "" : (satisfaction == null ? "" : ": ") + words);
		if (accepted) {
			columns.put("status", "CLOSED");
			columns.put("closed_at", now);
			change(row, columns);
			record(row, "CLOSED", detail.isEmpty() ? null : detail, true);
			events.publishEvent(new ComplaintClosed(row.id(), row.customerId() == null ? null : new CustomerId(row.customerId()), now));
		}
		else {
			boolean escalate = row.reopenCount() >= 1;
			columns.put("status", escalate ? "ESCALATED" : "REOPENED");
			columns.put("reopen_count", row.reopenCount() + 1);
			columns.put("resolved_at", null);
			if (escalate) {
				columns.put("escalated_at", now);
			}
			change(row, columns);
			record(row, escalate ? "ESCALATED" : "REOPENED", "not accepted" + (detail.isEmpty() ? "" : "; " + detail), true);
			events.publishEvent(new ComplaintReopened(row.id(), escalate));
		}
	}

	/**
	 * Asks for a longer regulatory deadline with a reason — up to 30 days from receipt, then in an especially complex
	 * case a further 30 (§6) — by {@code days} (1 to 30) more days; a checker decides.
	 */
	@Transactional
	public ApprovalRequest extend(long id, int days, String reason) {
		ComplaintRow row = step(id, Step.EXTEND);
		if (days < 1 || days > settings.extensionDays()) {
			throw InvalidInput.of("days", "range", "An extension is 1 to " + settings.extensionDays() + " days");
		}
		if (row.extensions() >= settings.maxExtensions()) {
			throw new Conflict("no-more-extensions", "The deadline was extended " + row.extensions() + " times already");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "required", "Say why the complaint needs more time");
		}
		ApprovalRequest request = approvals.request(ExtensionApproval.TYPE, new ExtensionApproval.Payload(id, row.extensions() + 1, days),
				"complaint", Long.toString(id), row.orgUnitId(), row.complaintNo() + ": +" + days + " days", reason, row.customerId());
		record(row, "EXTENSION_REQUESTED", "+" + days + " days (#" + request.id() + "): " + reason.strip(), false);
		return request;
	}

	/**
	 * Stops the regulatory clock (§6) for an external appraisal (鉴定/检测/评估), a mediation (调解) or another reason
	 * the rules allow, named in {@code note} (required for {@code OTHER}). A clock that stands still already is a
	 * {@link Conflict}. The due time moves when the clock is resumed.
	 */
	@Transactional
	public ComplaintView pause(long id, String reason, String note) {
		ComplaintRow row = step(id, Step.PAUSE);
		var problems = new InvalidInput.Collector();
		RegulatoryClock.PauseReason why = null;
		try {
			why = reason == null ? null : RegulatoryClock.PauseReason.valueOf(reason.strip());
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (why == null) {
			problems.add("reason", "unknown", "APPRAISAL, MEDIATION or OTHER");
		}
		String words = blankToNull(note);
		if (why == RegulatoryClock.PauseReason.OTHER && words == null) {
			problems.add("note", "required", "Say why the clock stops");
		}
		if (words != null && words.length() > 2000) {
			problems.add("note", "size", "A note of up to 2,000 characters");
		}
		problems.throwIfAny();
		if (row.pausedAt() != null) {
			throw new Conflict("already-paused", "The regulatory clock of " + row.complaintNo() + " stands still already");
		}
		Instant now = clock.instant();
		if (!complaints.pause(id, why.name(), words, now, CurrentActor.get().username())) {
			throw new Conflict("already-paused", "The regulatory clock of " + row.complaintNo() + " stands still already");
		}
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("paused_at", now);
		columns.put("pause_reason", why.name());
		change(row, columns);
		recordClock(row, "PAUSED_" + why.name(), "complaint.paused", words, Map.of("pausedAt", now.toString(),
				"reason", why.name()));
		return get(id);
	}

	/** Restarts the regulatory clock; the due time moves by the time it stood still ({@link Conflict} if it runs). */
	@Transactional
	public ComplaintView resume(long id) {
		ComplaintRow row = step(id, Step.RESUME);
		if (row.pausedAt() == null) {
			throw new Conflict("not-paused", "The regulatory clock of " + row.complaintNo() + " runs");
		}
		resumeClock(row);
		return get(id);
	}

	private ComplaintRow resumeClock(ComplaintRow row) {
		Instant now = clock.instant();
		java.time.Duration stood = RegulatoryClock.stood(row.pausedAt(), now);
		Instant due = RegulatoryClock.resumed(row.regulatoryDueAt(), row.pausedAt(), now);
		complaints.resume(row.id(), now, CurrentActor.get().username());
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("paused_at", null);
		columns.put("pause_reason", null);
		columns.put("paused_seconds", row.pausedSeconds() + stood.toSeconds());
		columns.put("regulatory_due_at", due);
		change(row, columns);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("regulatoryDueAt", due.toString());
		after.put("stoodSeconds", stood.toSeconds());
		recordClock(row, "RESUMED", "complaint.resumed", "→ " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(due.atZone(clock.getZone())) + " (+" + stood.toDays() + "d " + stood.toHoursPart() + "h " + stood.toMinutesPart() + "m)", after);
		return complaints.find(row.id(), ComplaintScope.Filter.all()).orElseThrow();
	}

	/**
	 * New facts from the complainant (§6): recorded on the timeline, and a request that the regulatory count restart
	 * from when they arrived ({@code receivedAt}, default now; not in the future, not before receipt), which a checker
	 * approves ({@code complaint.restart}) since it moves the deadline.
	 */
	@Transactional
	public ApprovalRequest newFacts(long id, String text, Instant receivedAt) {
		ComplaintRow row = step(id, Step.NEW_FACTS);
		var problems = new InvalidInput.Collector();
		if (text == null || text.isBlank() || text.length() > 10_000) {
			problems.add("text", "required", "The new facts, up to 10,000 characters");
		}
		Instant now = clock.instant();
		Instant at = receivedAt == null ? now : receivedAt;
		if (at.isAfter(now) || at.isBefore(row.receivedAt())) {
			problems.add("receivedAt", "range", "When the new facts arrived: after the complaint, not in the future");
		}
		problems.throwIfAny();
		ApprovalRequest request = approvals.request(org.clientcare.complaint.internal.RestartApproval.TYPE,
				new org.clientcare.complaint.internal.RestartApproval.Payload(id, at), "complaint", Long.toString(id),
				row.orgUnitId(), row.complaintNo() + ": " + at, text.strip(), row.customerId());
		change(row, Map.of());
		record(row, "NEW_FACTS", text.strip() + " (#" + request.id() + ")", false);
		return request;
	}

	private void recordClock(ComplaintRow row, String kind, String action, String detail, Map<String, Object> more) {
		Actor actor = CurrentActor.get();
		complaints.event(row.id(), clock.instant(), actor.username(), kind, detail, true);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", row.status());
		before.put("regulatoryDueAt", row.regulatoryDueAt().toString());
		Map<String, Object> after = new LinkedHashMap<>(more);
		after.put("step", kind);
		after.put("complaintNo", row.complaintNo());
		audit.record(action, "complaint", row.id(), before, after, detail);
	}

	/**
	 * How many of a customer's complaints are not closed: a count for staff preparing to receive the customer (an
	 * appointment's advisor notice), which says nothing else about them.
	 */
	@Transactional(readOnly = true)
	public long openComplaintsOf(org.clientcare.shared.CustomerId customer) {
		return complaints.openOf(customer.value());
	}

	/** Categories for forms: code → name in the given language. */
	public Map<String, String> categories(java.util.Locale locale) {
		return intake.categories(locale);
	}

	private ComplaintRow step(long id, Step step) {
		ComplaintRow row = require(id);
		authorization.require(Permission.COMPLAINT_HANDLE, target(row));
		if (!ComplaintStatus.valueOf(row.status()).allows(step)) {
			throw new Conflict("illegal-step", "A " + row.status() + " complaint cannot take the step " + step);
		}
		return row;
	}

	/** Whether the current actor registers complaints taken by staff (a new complaint belongs to no department yet). */
	public boolean mayRegister() {
		return authorization.reach(Permission.COMPLAINT_REGISTER).filter(q -> q != Qualifier.OWN_DEPARTMENT).isPresent();
	}

	/** Whether the current actor may take the handling steps of this complaint (to show their forms). */
	@Transactional(readOnly = true)
	public boolean mayHandle(long id) {
		return authorization.can(Permission.COMPLAINT_HANDLE, target(require(id)));
	}

	/** Whether the current actor may record the complainant's feedback on this complaint. */
	@Transactional(readOnly = true)
	public boolean mayRecordFeedback(long id) {
		return authorization.can(Permission.COMPLAINT_FEEDBACK, target(require(id)));
	}

	private static Target target(ComplaintRow row) {
		return Target.unit(row.orgUnitId()).inDepartment(row.departmentId()).assignedTo(row.handlerId());
	}

	private ComplaintRow require(long id) {
		return complaints.find(id, scope.current()).orElseThrow(() -> new NotFound("Complaint", id));
	}

	private void change(ComplaintRow row, Map<String, Object> columns) {
		if (!complaints.update(row.id(), row.version(), columns, clock.instant())) {
			throw new StaleVersion("Complaint " + row.complaintNo());
		}
	}

	private void record(ComplaintRow row, String kind, String detail, boolean isPublic) {
		Actor actor = CurrentActor.get();
		complaints.event(row.id(), clock.instant(), actor.username(), kind, detail, isPublic);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", kind);
		after.put("complaintNo", row.complaintNo());
		audit.record("complaint." + kind.toLowerCase(java.util.Locale.ROOT), "complaint", row.id(),
				Map.of("status", row.status()), after, detail);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
