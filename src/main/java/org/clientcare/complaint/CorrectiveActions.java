package org.clientcare.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.internal.ComplaintActions;
import org.clientcare.complaint.internal.ComplaintRow;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.complaint.internal.CorrectiveActionViews;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Target;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective actions (改进措施, §6): what a complaint shows must change — a process, a script, a product's disclosure, a
 * staff member's training — with an owner who may handle complaints, a due date and a status, followed up until done
 * or cancelled and reviewed by cause in the analysis. Added and followed up by whoever may take the complaint's steps
 * ({@link Permission#COMPLAINT_HANDLE}), in any status of the complaint (the lesson often comes after it closed); each
 * change is on the complaint's timeline and in the audit trail.
 */
@Service
public class CorrectiveActions {

	private final ComplaintActions actions;

	private final CorrectiveActionViews views;

	private final Complaints complaints;

	private final ComplaintScope scope;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final PlatformSettings platform;

	private final Clock clock;

	CorrectiveActions(ComplaintActions actions, CorrectiveActionViews views, Complaints complaints, ComplaintScope scope,
			IdentityManagement identity, Authorization authorization, AuditTrail audit, PlatformSettings platform,
			Clock clock) {
		this.actions = actions;
		this.views = views;
		this.complaints = complaints;
		this.scope = scope;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.platform = platform;
		this.clock = clock;
	}

	/**
	 * Adds a corrective action to a complaint: {@code description} (up to 2,000 characters), {@code owner} (the username
	 * of an enabled staff member who may handle complaints) and {@code dueDate} (not before the complaint was received,
	 * at most a year ahead); each wrong one is a 400 naming it.
	 */
	@Transactional
	public CorrectiveAction add(long complaintId, String description, String owner, LocalDate dueDate) {
		ComplaintRow complaint = requireHandled(complaintId);
		var problems = new InvalidInput.Collector();
		if (description == null || description.isBlank() || description.strip().length() > 2000) {
			problems.add("description", "required", "What is to change, up to 2,000 characters");
		}
		StaffUser ownedBy = owner == null ? null : identity.findUser(owner.strip())
			.filter(StaffUser::enabled).filter(u -> u.role().may(Permission.COMPLAINT_HANDLE)).orElse(null);
		if (ownedBy == null) {
			problems.add("owner", "unknown", "The username of a staff member who may handle complaints");
		}
		LocalDate today = views.today();
		LocalDate received = LocalDate.ofInstant(complaint.receivedAt(), platform.zone());
		if (dueDate == null || dueDate.isBefore(received) || dueDate.isAfter(today.plusYears(1))) {
			problems.add("dueDate", "range", "A day from the complaint's receipt to a year ahead");
		}
		problems.throwIfAny();
		Instant now = clock.instant();
		String actor = CurrentActor.get().username();
		long id = actions.insert(complaintId, description.strip(), ownedBy.id(), dueDate, actor, now);
		complaints.event(complaintId, now, actor, "ACTION_ADDED", description.strip() + " (" + ownedBy.displayName()
				+ ", " + dueDate + ")", false);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("complaintNo", complaint.complaintNo());
		after.put("description", description.strip());
		after.put("owner", ownedBy.username());
		after.put("dueDate", dueDate.toString());
		after.put("status", CorrectiveActionStatus.OPEN.name());
		audit.record("complaint.action.added", "complaint_action", id, null, after);
		return get(id);
	}

	/**
	 * Records a follow-up on an action: a {@code note} (required, up to 2,000 characters) and the status it leaves the
	 * action in ({@code IN_PROGRESS}, {@code DONE} or {@code CANCELLED}; by default as it is, {@code IN_PROGRESS} for an
	 * open one). A finished action takes none ({@link Conflict}); one changed meanwhile is a 409 too.
	 */
	@Transactional
	public CorrectiveAction followUp(long actionId, String note, String status) {
		ComplaintActions.ActionRow row = actions.find(actionId).orElseThrow(() -> new NotFound("Corrective action", actionId));
		requireHandled(row.complaintId());
		CorrectiveActionStatus current = CorrectiveActionStatus.valueOf(row.status());
		var problems = new InvalidInput.Collector();
		CorrectiveActionStatus next = current == CorrectiveActionStatus.OPEN ? CorrectiveActionStatus.IN_PROGRESS : current;
		if (status != null && !status.isBlank()) {
			try {
				next = CorrectiveActionStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException e) {
				problems.add("status", "unknown", "IN_PROGRESS, DONE or CANCELLED");
			}
		}
		if (note == null || note.isBlank() || note.strip().length() > 2000) {
			problems.add("note", "required", "What was done, up to 2,000 characters");
		}
		problems.throwIfAny();
		if (!current.mayBecome(next)) {
			throw new Conflict("action-finished", "The corrective action is " + current + " and takes no follow-up to " + next);
		}
		Instant now = clock.instant();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", next.name());
		if (next.isFinished()) {
			columns.put("completed_at", now);
		}
		if (!actions.update(actionId, row.version(), columns, now)) {
			throw new StaleVersion("Corrective action " + actionId);
		}
		String actor = CurrentActor.get().username();
		actions.followUp(actionId, now, actor, next.name(), note.strip());
		complaints.event(row.complaintId(), now, actor, "ACTION_FOLLOWED_UP", next.name() + ": " + note.strip(), false);
		audit.record("complaint.action.followed-up", "complaint_action", actionId, Map.of("status", current.name()),
				Map.of("status", next.name(), "complaintNo", row.complaintNo()), note.strip());
		return get(actionId);
	}

	/** An action of a complaint in the caller's scope (404 otherwise). */
	@Transactional(readOnly = true)
	public CorrectiveAction get(long actionId) {
		ComplaintActions.ActionRow row = actions.find(actionId).orElseThrow(() -> new NotFound("Corrective action", actionId));
		complaints.find(row.complaintId(), scope.current()).orElseThrow(() -> new NotFound("Corrective action", actionId));
		return views.views(List.of(row)).get(0);
	}

	/**
	 * The actions of the complaints in the caller's scope, open and overdue first (at most 500): of a status, only
	 * overdue ones, of an owner (a username; {@code me} for the caller).
	 */
	@Transactional(readOnly = true)
	public List<CorrectiveAction> list(CorrectiveActionStatus status, boolean overdueOnly, String owner) {
		Long ownerId = null;
		if (owner != null && !owner.isBlank()) {
			String username = owner.strip().equals("me") ? CurrentActor.get().username() : owner.strip();
			var user = identity.findUser(username);
			if (user.isEmpty()) {
				return List.of();
			}
			ownerId = user.get().id();
		}
		return views.views(actions.list(scope.current(), status == null ? null : status.name(), overdueOnly, ownerId,
				views.today(), 500));
	}

	/**
	 * One page of {@link #list(CorrectiveActionStatus, boolean, String)}, in its order, with how many actions of the
	 * complaints in scope match.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CorrectiveAction> list(CorrectiveActionStatus status, boolean overdueOnly, String owner, int page,
			int size) {
		Long ownerId = null;
		if (owner != null && !owner.isBlank()) {
			String username = owner.strip().equals("me") ? CurrentActor.get().username() : owner.strip();
			var user = identity.findUser(username);
			if (user.isEmpty()) {
				return new ResultPage<>(List.of(), page, size, 0);
			}
			ownerId = user.get().id();
		}
		var filter = scope.current();
		String wanted = status == null ? null : status.name();
		LocalDate today = views.today();
		return new ResultPage<>(views.views(actions.list(filter, wanted, overdueOnly, ownerId, today, size,
				(long) page * size)), page, size, actions.count(filter, wanted, overdueOnly, ownerId, today));
	}

	/** Whether the current actor may add actions to this complaint and follow them up (to show their forms). */
	@Transactional(readOnly = true)
	public boolean mayHandle(long complaintId) {
		return complaints.find(complaintId, scope.current()).map(row -> authorization.can(Permission.COMPLAINT_HANDLE,
				target(row))).orElse(false);
	}

	/** Staff who may own an action: enabled, and allowed to handle complaints. */
	public List<StaffUser> possibleOwners() {
		return java.util.Arrays.stream(org.clientcare.identity.Role.values())
			.filter(role -> role.may(Permission.COMPLAINT_HANDLE))
			.flatMap(role -> identity.usersWithRole(role).stream()).filter(StaffUser::enabled).toList();
	}

	private ComplaintRow requireHandled(long complaintId) {
		ComplaintRow row = complaints.find(complaintId, scope.current())
			.orElseThrow(() -> new NotFound("Complaint", complaintId));
		authorization.require(Permission.COMPLAINT_HANDLE, target(row));
		return row;
	}

	private static Target target(ComplaintRow row) {
		return Target.unit(row.orgUnitId()).inDepartment(row.departmentId()).assignedTo(row.handlerId());
	}
}
