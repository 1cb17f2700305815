package org.clientcare.approval;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.approval.internal.ApprovalRequests;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Subject;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.Role;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maker-checker for every module. A request is made by the current actor and decided by another one who holds the
 * permission of the request's kind ({@link ApprovalHandler#permission()}: branch managers for requests of their
 * subtree, compliance for compensation, deadline extensions, campaigns and FAQ answers, administrators for all); the
 * system is never a checker. A request is seen by its maker and by the roles that take part in approvals within their
 * data scope (administrators and compliance: every request; a branch manager: the requests of its subtree). Whoever
 * sees a request but may not decide it (its maker, compliance for a tier override, a branch manager for a campaign of its subtree)
 * is refused with 403; to anyone else an existing request answers 404, as one that does not exist. Requests,
 * decisions and their effects are audited.
 */
@Service
public class ApprovalManagement {

	private final Authorization authorization;

	private final ApprovalRequests requests;

	private final ObjectProvider<ApprovalHandler<?>> handlers;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	ApprovalManagement(ApprovalRequests requests, ObjectProvider<ApprovalHandler<?>> handlers, IdentityManagement identity,
			AuditTrail audit, ApplicationEventPublisher events, JsonMapper json, Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.requests = requests;
		this.handlers = handlers;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** The longest reason a request keeps. */
	public static final int REASON_LENGTH = 2000;

	/**
	 * A person's text that explains a request (a complaint's resolution, an answer to publish), cut to the
	 * {@value #REASON_LENGTH} characters a reason keeps, so that the checker reads the maker's own words.
	 */
	public static String reasonFrom(String text) {
		String stripped = text.strip();
		return stripped.length() <= REASON_LENGTH ? stripped : stripped.substring(0, REASON_LENGTH - 1) + "…";
	}

	/**
	 * Asks for a decision on {@code payload}, of a type some module handles.
	 *
	 * @return the request
	 * @throws Conflict when the same subject already waits for the same type of decision (also when a parallel request
	 *                   made it first: the database keeps one pending request per type and subject)
	 */
	@Transactional
	public ApprovalRequest request(String type, Object payload, String subjectType, String subjectId, Long orgUnitId,
			String summary, String reason) {
		return request(type, payload, subjectType, subjectId, orgUnitId, summary, reason, null);
	}

	/**
	 * Asks for a decision about a customer's affair: {@code customerId} lets the page show the customer's restricted
	 * badge. Without it, the payload's {@code customerId} names the customer, if it has one.
	 *
	 * @see #request(String, Object, String, String, Long, String, String)
	 */
	@Transactional
	public ApprovalRequest request(String type, Object payload, String subjectType, String subjectId, Long orgUnitId,
			String summary, String reason, Long customerId) {
		handler(type);
		if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
			throw InvalidInput.of("reason", "required", "Give the reason for the request (up to 2000 characters)");
		}
		if (requests.pendingExists(type, subjectType, subjectId)) {
			throw new Conflict("approval-pending", "A request of this kind already waits for a decision");
		}
		Actor maker = CurrentActor.get();
		long id;
		try {
			id = requests.insert(type, subjectType, subjectId, orgUnitId, summary, json.writeValueAsString(payload),
					reason.strip(), maker.username(), clock.instant(), customerId);
		}
		catch (DuplicateKeyException e) {
			// a parallel request for the same subject won (one pending per type and subject, enforced by the database)
			throw new Conflict("approval-pending", "A request of this kind already waits for a decision");
		}
		audit.record("approval.requested", "approval", id, null,
				Map.of("type", type, "subject", subjectType + " " + subjectId, "summary", summary), reason.strip());
		events.publishEvent(new ApprovalRequested(id, type, subjectType, subjectId));
		return requests.find(id).orElseThrow();
	}

	/**
	 * Which of these requests are about a customer in the restricted state (PIPL Art. 47: deletion asked, the law keeps
	 * the data): the approvals page shows the badge beside them. One query for the whole page.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Long> aboutRestrictedCustomers(java.util.Collection<ApprovalRequest> list) {
		return requests.aboutRestrictedCustomers(list.stream().map(ApprovalRequest::id).distinct().toList());
	}

	@Transactional
	public ApprovalRequest approve(long id, String note) {
		return decide(id, ApprovalStatus.APPROVED, note);
	}

	@Transactional
	public ApprovalRequest reject(long id, String note) {
		return decide(id, ApprovalStatus.REJECTED, note);
	}

	@Transactional(readOnly = true)
	public ApprovalRequest get(long id) {
		ApprovalRequest request = requests.find(id).orElseThrow(() -> new NotFound("Approval request", id));
		if (!sees(CurrentActor.get(), request)) {
			throw new NotFound("Approval request", id);
		}
		return request;
	}

	/**
	 * One page of the pending requests the current actor may decide (never its own), newest first by id; the total
	 * counts every such request, however many others wait. The pending requests are read in batches, each checked as
	 * a decision would check it, so that the page and its total agree with what the actor may decide.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ApprovalRequest> waitingForMe(int page, int size) {
		Actor actor = CurrentActor.get();
		long skip = (long) page * size;
		long total = 0;
		List<ApprovalRequest> content = new java.util.ArrayList<>();
		long below = Long.MAX_VALUE;
		for (List<ApprovalRequest> batch = requests.pendingBelow(below, SCAN_BATCH); !batch.isEmpty();
				batch = requests.pendingBelow(below, SCAN_BATCH)) {
			for (ApprovalRequest r : batch) {
				if (!r.requestedBy().equals(actor.username()) && mayDecide(actor, r)) {
					if (total >= skip && content.size() < size) {
						content.add(r);
					}
					total++;
				}
			}
			below = batch.get(batch.size() - 1).id();
		}
		return new ResultPage<>(content, page, size, total);
	}

	private static final int SCAN_BATCH = 1_000;

	/** The newest 200 requests the current actor made, newest first, however many others made since. */
	@Transactional(readOnly = true)
	public List<ApprovalRequest> mine() {
		return requests.requestedBy(CurrentActor.get().username(), 200);
	}

	private ApprovalRequest decide(long id, ApprovalStatus decision, String note) {
		Actor checker = CurrentActor.get();
		ApprovalRequest request = requests.find(id).orElseThrow(() -> new NotFound("Approval request", id));
		if (!sees(checker, request)) {
			throw new NotFound("Approval request", id);
		}
		if (request.requestedBy().equals(checker.username())) {
			throw new Forbidden("own-request", "Nobody decides their own request");
		}
		if (!mayDecide(checker, request)) {
			throw new Forbidden("not-a-checker", "Your role may not decide this request");
		}
		if (note != null && note.length() > 2000) {
			throw InvalidInput.of("note", "size", "At most 2000 characters");
		}
		if (!requests.decide(id, decision, checker.username(), note, clock.instant())) {
			throw new Conflict("already-decided", "The request was decided already");
		}
		ApprovalRequest decided = requests.find(id).orElseThrow();
		apply(handler(request.type()), decided);
		audit.record(decision == ApprovalStatus.APPROVED ? "approval.approved" : "approval.rejected", "approval", id,
				Map.of("status", "PENDING"), Map.of("status", decision.name(), "type", request.type(), "subject",
						request.subjectType() + " " + request.subjectId()), note);
		events.publishEvent(new ApprovalDecided(id, request.type(), request.subjectType(), request.subjectId(), decision));
		return decided;
	}

	/**
	 * Scrubs the free text of the requests about these subjects (e.g. {@code customer} and its ids), for the module
	 * that anonymises its subjects after their retention period (SPEC §11): summary, reason, decision note and a
	 * reason in the payload become {@code replaced}; type, status, dates and who decided stay. Idempotent.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int anonymiseSubjects(String subjectType, java.util.Collection<?> subjectIds, String replaced) {
		if (subjectIds.isEmpty()) {
			return 0;
		}
		return requests.anonymiseSubjects(subjectType, subjectIds.stream().map(String::valueOf).toArray(String[]::new),
				replaced);
	}

	/**
	 * What the request asks in the reader's language: the message {@code approval.summary.<type>} with the arguments
	 * its handler gives, or the stored summary.
	 */
	@Transactional(readOnly = true)
	public String describe(ApprovalRequest request, org.springframework.context.MessageSource messages,
			java.util.Locale locale) {
		Object[] arguments = describe(handler(request.type()), request);
		return arguments == null ? request.summary()
				: messages.getMessage("approval.summary." + request.type(), arguments, request.summary(), locale);
	}

	private <P> Object[] describe(ApprovalHandler<P> handler, ApprovalRequest request) {
		return handler.describe(json.readValue(requests.payload(request.id()), handler.payloadType()), request);
	}

	private <P> void apply(ApprovalHandler<P> handler, ApprovalRequest request) {
		P payload = json.readValue(requests.payload(request.id()), handler.payloadType());
		if (request.status() == ApprovalStatus.APPROVED) {
			handler.approved(payload, request);
		}
		else {
			handler.rejected(payload, request);
		}
	}

	/**
	 * Whether the request lies in the actor's scope: its maker; the system; a role that decides some kind of request,
	 * as far as its data scope reaches (all of them for administrators and compliance, the requests of its subtree for
	 * a branch manager; a request of no org unit, such as an FAQ answer, only to those who see everything).
	 */
	private boolean sees(Actor actor, ApprovalRequest request) {
		if (actor.isSystem() || request.requestedBy().equals(actor.username())) {
			return true;
		}
		if (actor.isAnonymous() || actor.role() == null) {
			return false;
		}
		Role role = Role.valueOf(actor.role());
		if (handlers.orderedStream().noneMatch(h -> h.permission().grantFor(role).isPresent())) {
			return false;
		}
		DataScope scope = identity.scopeOf(actor);
		return switch (scope.reach()) {
			case ALL -> true;
			case SUBTREE -> request.orgUnitId() != null && scope.orgUnitIds().contains(request.orgUnitId());
			default -> false;
		};
	}

	private boolean mayDecide(Actor checker, ApprovalRequest request) {
		if (checker.isSystem()) {
			return false;
		}
		ApprovalHandler<?> handler = handler(request.type());
		return authorization.allows(Subject.of(checker), handler.permission(), Target.unit(request.orgUnitId()))
				&& handler.mayDecide(checker, request);
	}

	private ApprovalHandler<?> handler(String type) {
		return handlers.orderedStream().filter(h -> h.type().equals(type)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No module handles approval type " + type));
	}
}
