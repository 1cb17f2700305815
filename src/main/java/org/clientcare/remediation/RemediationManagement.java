package org.clientcare.remediation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Target;
import org.clientcare.remediation.RemediationEvents.RemediationOpened;
import org.clientcare.remediation.RemediationEvents.RemediationResolved;
import org.clientcare.remediation.internal.RefundApproval;
import org.clientcare.remediation.internal.RemediationRow;
import org.clientcare.remediation.internal.Remediations;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mis-selling remediations (销售误导整改, §5). A finding opens one, due {@code resolveWithinWorkingDays} (15) working
 * days later, with the seller — the customer's account manager when it was found — on record. A branch manager (of the
 * customer's unit or above) or an administrator assigns it to staff who are not the seller (400 naming
 * {@code assignee} for the seller); the assignee, the branch manager or an administrator records the customer's choice
 * and what was done, never the seller (403). A refund goes to the compensation approval. A remediation is seen by
 * whoever sees its customer and by its assignee; others get 404. Every step is audited.
 */
@Service
public class RemediationManagement {

	static final int MAX_TEXT = 4000;

	static final BigDecimal MAX_REFUND = new BigDecimal("100000000.00");

	private static final Set<Role> REMEDIATORS = Set.of(Role.ADMIN, Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
			Role.SERVICE_AGENT, Role.COMPLAINT_HANDLER);

	private final Remediations remediations;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final CalendarManagement calendar;

	private final ApprovalManagement approvals;

	private final RemediationSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemediationManagement(Remediations remediations, CustomerManagement customers, IdentityManagement identity,
			Authorization authorization, CalendarManagement calendar, ApprovalManagement approvals,
			RemediationSettings settings, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.remediations = remediations;
		this.customers = customers;
		this.identity = identity;
		this.authorization = authorization;
		this.calendar = calendar;
		this.approvals = approvals;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the remediation of a mis-selling finding (for the system: the listeners of revisits and complaints); the
	 * same finding again changes nothing. The seller is the customer's account manager now.
	 */
	@Transactional
	public Remediation open(Remediation.Source source, long sourceId, CustomerId customer, Long transactionId,
			String productCode, List<String> findings) {
		return open(source, sourceId, customer, transactionId, productCode, findings, null);
	}

	/**
	 * As {@link #open(Remediation.Source, long, CustomerId, Long, String, List)}, found at {@code foundAt} (a complaint's
	 * receipt; now when null or later): the 15 working days count from that day. For the system only.
	 */
	@Transactional
	public Remediation open(Remediation.Source source, long sourceId, CustomerId customer, Long transactionId,
			String productCode, List<String> findings, Instant foundAt) {
		if (!CurrentActor.get().isSystem()) {
			throw new Forbidden("system-only", "Remediations open from findings only");
		}
		CustomerRef ref = customers.refs(List.of(customer)).get(customer);
		if (ref == null) {
			throw new NotFound("Customer", customer.value());
		}
		Instant now = foundAt == null || foundAt.isAfter(clock.instant()) ? clock.instant() : foundAt;
		LocalDate due = RemediationDeadline.dueOn(LocalDate.ofInstant(now, clock.getZone()),
				settings.resolveWithinWorkingDays(), calendar.calendar());
		if (remediations.open(source, sourceId, customer.value(), ref.orgUnitId(), transactionId, productCode, findings,
				ref.managerId(), now, due)) {
			RemediationRow row = remediations.bySource(source, sourceId).orElseThrow();
			audit.record("remediation.opened", "remediation", row.id(), null, state(row));
			events.publishEvent(new RemediationOpened(row.id(), customer, productCode, due, now, transactionId));
		}
		return view(remediations.bySource(source, sourceId).orElseThrow());
	}

	/** Remediations in scope ({@code status} null: all; {@code overdue} null: either), the earliest due first. */
	@Transactional(readOnly = true)
	public ResultPage<Remediation> list(Remediation.Status status, Boolean overdue, int page, int size) {
		return list(status, overdue, null, page, size);
	}

	/** As {@link #list(Remediation.Status, Boolean, int, int)}, of one customer ({@code customerId} null: all). */
	@Transactional(readOnly = true)
	public ResultPage<Remediation> list(Remediation.Status status, Boolean overdue, Long customerId, int page, int size) {
		var filter = customerId == null ? filter() : filter().and("r.customer_id = ?", customerId);
		LocalDate today = LocalDate.now(clock);
		List<Remediation> content = remediations.list(status, overdue, today, filter, page, size).stream()
			.map(this::view).toList();
		return new ResultPage<>(content, page, size, remediations.count(status, overdue, today, filter));
	}

	@Transactional(readOnly = true)
	public Remediation get(long id) {
		return view(remediations.find(id, filter()).orElseThrow(() -> new NotFound("Remediation", id)));
	}

	/** Assigns it to {@code username}: staff who may work it and are not the seller; 409 once resolved. */
	@Transactional
	public Remediation assign(long id, String username) {
		RemediationRow row = visibleForUpdate(id);
		authorization.require(Permission.REMEDIATION_ASSIGN, Target.unit(row.orgUnitId()));
		StaffUser assignee = username == null || username.isBlank() ? null
				: identity.findUser(username.strip()).filter(StaffUser::enabled).orElse(null);
		if (assignee == null || !REMEDIATORS.contains(assignee.role())) {
			throw InvalidInput.of("assignee", "unknown", "The username of staff who may put the sale right");
		}
		if (assignee.id() == (row.sellerId() == null ? -1L : row.sellerId())) {
			throw InvalidInput.of("assignee", "is-seller", "The seller may not put their own sale right");
		}
		if (row.status() != Remediation.Status.OPEN) {
			throw new Conflict("remediation-resolved", "Remediation " + id + " is resolved");
		}
		remediations.assign(id, assignee.id(), clock.instant());
		RemediationRow after = remediations.lock(id).orElseThrow();
		audit.record("remediation.assigned", "remediation", id, state(row), state(after));
		return view(after);
	}

	/**
	 * Records the customer's choice and what was done: the remediation is resolved. A refund (only with
	 * {@code WITHDRAW} or {@code SWITCH}) is asked of the compensation approval, with {@code outcome} as its reason.
	 */
	@Transactional
	public Remediation resolve(long id, CustomerChoice choice, BigDecimal refund, String outcome) {
		RemediationRow row = visibleForUpdate(id);
		authorization.require(Permission.REMEDIATION_RESOLVE, Target.unit(row.orgUnitId()).assignedTo(row.assigneeId()));
		Actor actor = CurrentActor.get();
		if (row.sellerId() != null && row.sellerId().equals(actor.userId())) {
			throw new Forbidden("seller", "The seller may not put their own sale right");
		}
		var problems = new InvalidInput.Collector();
		if (choice == null) {
			problems.add("choice", "required", "The customer's choice: WITHDRAW, KEEP or SWITCH");
		}
		String text = outcome == null ? "" : outcome.strip();
		if (text.isEmpty() || text.length() > MAX_TEXT) {
			problems.add("outcome", "required", "What was done, up to " + MAX_TEXT + " characters");
		}
		if (refund != null && (refund.signum() < 0 || refund.scale() > 2 || refund.compareTo(MAX_REFUND) > 0)) {
			problems.add("refundAmount", "range", "An amount in CNY with at most 2 decimals, from 0");
		}
		if (refund != null && refund.signum() > 0 && choice == CustomerChoice.KEEP) {
			problems.add("refundAmount", "keep", "A customer who keeps the policy gets no refund");
		}
		problems.throwIfAny();
		if (row.status() != Remediation.Status.OPEN) {
			throw new Conflict("remediation-resolved", "Remediation " + id + " is resolved");
		}
		BigDecimal amount = refund == null || refund.signum() == 0 ? null : refund.setScale(2);
		Instant now = clock.instant();
		remediations.resolve(id, choice, amount, text, now, actor.username());
		if (amount != null) {
			var request = approvals.request(RefundApproval.TYPE, new RefundApproval.Payload(id, amount), "remediation",
					Long.toString(id), row.orgUnitId(), "#" + id + ": " + amount.toPlainString(), text, row.customerId());
			remediations.refund(id, Remediation.RefundStatus.PENDING, request.id());
		}
		RemediationRow after = remediations.lock(id).orElseThrow();
		audit.record("remediation.resolved", "remediation", id, state(row), state(after));
		events.publishEvent(new RemediationResolved(id, new CustomerId(row.customerId()), choice, now,
				row.transactionId()));
		return view(after);
	}

	/**
	 * Figures of the remediations opened in {@code [from, to]} in scope, by product, seller and unit: opened,
	 * resolved, resolved on time, open and overdue. Branch managers, compliance and administrators.
	 */
	@Transactional(readOnly = true)
	public RemediationFigures figures(LocalDate from, LocalDate to) {
		authorization.require(Permission.OVERSIGHT_READ);
		var problems = new InvalidInput.Collector();
		if (from == null) {
			problems.add("from", "required", "The first day, YYYY-MM-DD");
		}
		if (to == null || (from != null && (to.isBefore(from) || to.isAfter(from.plusYears(5))))) {
			problems.add("to", "range", "The last day, on or after from and within five years of it");
		}
		problems.throwIfAny();
		var filter = filter();
		Instant start = from.atStartOfDay(clock.getZone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		LocalDate today = LocalDate.now(clock);
		String zone = clock.getZone().getId();
		return new RemediationFigures(from, to,
				lines(remediations.figures("product_code", start, end, today, zone, filter), key -> key),
				lines(remediations.figures("seller_id", start, end, today, zone, filter),
						key -> identity.user(Long.parseLong(key)).map(StaffUser::username).orElse(key)),
				lines(remediations.figures("org_unit_id", start, end, today, zone, filter),
						key -> identity.orgUnit(Long.parseLong(key)).map(OrgUnit::code).orElse(key)));
	}

	private static List<RemediationFigures.Line> lines(List<Object[]> rows,
			java.util.function.Function<String, String> name) {
		return rows.stream().map(r -> new RemediationFigures.Line(r[0] == null ? "-" : name.apply((String) r[0]),
				(Long) r[1], (Long) r[2], (Long) r[3], (Long) r[4])).toList();
	}

	/** Whether the current actor may assign this remediation (to show the form). */
	public boolean mayAssign(Remediation remediation) {
		return remediation.status() == Remediation.Status.OPEN
				&& authorization.can(Permission.REMEDIATION_ASSIGN, Target.unit(unitId(remediation)));
	}

	/** Whether the current actor may resolve this remediation (to show the form): never the seller. */
	public boolean mayResolve(Remediation remediation) {
		Actor actor = CurrentActor.get();
		Long assignee = remediation.assignee() == null ? null
				: identity.findUser(remediation.assignee()).map(StaffUser::id).orElse(null);
		return remediation.status() == Remediation.Status.OPEN && !actor.username().equals(remediation.seller())
				&& authorization.can(Permission.REMEDIATION_RESOLVE, Target.unit(unitId(remediation)).assignedTo(assignee));
	}

	/** The staff who may be assigned a remediation of this seller: everyone who may work one but the seller. */
	public List<String> candidates(Remediation remediation) {
		return REMEDIATORS.stream().filter(role -> role != Role.ADMIN).flatMap(role -> identity.usersWithRole(role).stream())
			.filter(StaffUser::enabled).map(StaffUser::username).filter(u -> !u.equals(remediation.seller())).sorted()
			.toList();
	}

	private Long unitId(Remediation remediation) {
		return identity.findOrgUnit(remediation.orgUnit()).map(OrgUnit::id).orElse(null);
	}

	private RemediationRow visibleForUpdate(long id) {
		remediations.find(id, filter()).orElseThrow(() -> new NotFound("Remediation", id));
		return remediations.lock(id).orElseThrow(() -> new NotFound("Remediation", id));
	}

	private Remediations.Filter filter() {
		return Remediations.Filter.of(customers.scope(), CurrentActor.get().userId());
	}

	private Remediation view(RemediationRow r) {
		CustomerRef customer = customers.refs(List.of(new CustomerId(r.customerId()))).get(new CustomerId(r.customerId()));
		LocalDate today = LocalDate.now(clock);
		return new Remediation(r.id(), r.source(), r.sourceId(), r.customerId(), customer == null ? null : customer.name(),
				identity.orgUnit(r.orgUnitId()).map(OrgUnit::code).orElse(null), r.transactionId(), r.productCode(),
				r.findings(), username(r.sellerId()), r.openedAt(), r.dueDate(), r.status(),
				r.status() == Remediation.Status.OPEN && r.dueDate().isBefore(today), username(r.assigneeId()),
				r.assignedAt(), r.choice(), r.refundAmount(), r.refundStatus(), r.refundRequestId(), r.outcome(),
				r.resolvedAt(), r.resolvedBy(), r.escalatedAt(), r.version());
	}

	private String username(Long userId) {
		return userId == null ? null : identity.user(userId).map(StaffUser::username).orElse(null);
	}

	private Map<String, Object> state(RemediationRow r) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customerId", r.customerId());
		state.put("source", r.source().name() + " " + r.sourceId());
		state.put("product", r.productCode());
		state.put("findings", r.findings());
		state.put("seller", username(r.sellerId()));
		state.put("dueDate", r.dueDate().toString());
		state.put("status", r.status().name());
		state.put("assignee", username(r.assigneeId()));
		state.put("choice", r.choice() == null ? null : r.choice().name());
		state.put("refundAmount", r.refundAmount() == null ? null : r.refundAmount().toPlainString());
		state.put("refundStatus", r.refundStatus() == null ? null : r.refundStatus().name());
		return state;
	}
}
