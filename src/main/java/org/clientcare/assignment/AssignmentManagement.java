package org.clientcare.assignment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.assignment.internal.Assignments;
import org.clientcare.assignment.internal.BulkReassignment;
import org.clientcare.assignment.internal.ManagerRules;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerSearch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerView;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looks after each customer (分田到户): assignment by branch managers and administrators with a reason and a
 * source, whose attribution split is recorded with the history; the unassigned queue; and bulk reassignment of a
 * manager's customers through maker-checker ({@code assignment.bulk}). Other roles are refused (403); customers
 * outside the caller's scope do not exist (404).
 */
@Service
public class AssignmentManagement {

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final ApprovalManagement approvals;

	private final Assignments history;

	private final ManagerRules rules;

	private final AssignmentSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	AssignmentManagement(CustomerManagement customers, IdentityManagement identity, ApprovalManagement approvals,
			Assignments history, ManagerRules rules, AssignmentSettings settings, AuditTrail audit, Clock clock) {
		this.customers = customers;
		this.identity = identity;
		this.approvals = approvals;
		this.history = history;
		this.rules = rules;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Gives a customer a new account manager, who must work in the customer's unit, below it or above it (and, for a
	 * branch manager, within its own units).
	 *
	 * @throws Conflict when the customer is closed, already has this manager, or changed meanwhile
	 */
	@Transactional
	public Assignment assign(CustomerId id, String managerUsername, String reason, AssignmentSource source) {
		// The customer within the caller's scope first: outside it the answer is 404 whatever the role (SPEC §1).
		CustomerRef customer = customers.requireVisible(id);
		rules.requireReassigner(customer);
		var problems = new InvalidInput.Collector();
		String why = ManagerRules.reason(reason, problems);
		if (source == null) {
			problems.add("source", "required", "NATURAL, HANDOVER or SELF_MARKETED");
		}
		if (managerUsername == null || managerUsername.isBlank()) {
			problems.add("managerUsername", "required", "The account manager's username");
		}
		problems.throwIfAny();
		if (customer.status() == CustomerStatus.CLOSED) {
			throw new Conflict("customer-closed", "A closed customer has no manager");
		}
		String unitCode = identity.orgUnit(customer.orgUnitId()).map(OrgUnit::code).orElseThrow();
		StaffUser manager = rules.eligibleManager(managerUsername.strip(), unitCode, "managerUsername");
		if (Long.valueOf(manager.id()).equals(customer.managerId())) {
			throw new Conflict("already-assigned", "The customer already has this manager");
		}
		Long fromId = customer.managerId();
		String fromUsername = fromId == null ? null : identity.user(fromId).map(StaffUser::username).orElse(null);
		if (customers.changeManager(List.of(id), fromId, manager.id()).isEmpty()) {
			throw new Conflict("changed-meanwhile", "The customer's manager changed meanwhile; reload and try again");
		}
		Attribution split = settings.attribution(source);
		history.record(List.of(id.value()), fromUsername, manager.username(), why, source, split,
				CurrentActor.get().username(), null, clock.instant());
		audit.record("customer.assigned", "customer", id.value(), mapOf("manager", fromUsername),
				mapOf("manager", manager.username(), "source", source.name(), "depositShare",
						split.depositShare().toPlainString(), "nonDepositShare", split.nonDepositShare().toPlainString()),
				why);
		return history.of(id.value()).get(0);
	}

	/** A customer's assignment history, newest first, for anyone who sees the customer. */
	@Transactional(readOnly = true)
	public List<Assignment> history(CustomerId id) {
		customers.requireVisible(id);
		return history.of(id.value());
	}

	/**
	 * The account managers the caller may give this customer to, its present manager aside: none when the caller may
	 * not reassign the customer or the customer is closed (the customer page offers the reassignment form by this).
	 */
	@Transactional(readOnly = true)
	public List<StaffUser> reassignmentCandidates(CustomerId id) {
		CustomerRef customer = customers.requireVisible(id);
		if (customer.status() == CustomerStatus.CLOSED || !rules.mayReassign(customer)) {
			return List.of();
		}
		String unitCode = identity.orgUnit(customer.orgUnitId()).map(OrgUnit::code).orElseThrow();
		return rules.candidates(unitCode).stream().filter(u -> !Long.valueOf(u.id()).equals(customer.managerId()))
			.toList();
	}

	/**
	 * Customers in the caller's scope without a manager (closed ones aside): the queue branch managers and admins
	 * clear, which compliance reads too.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CustomerView> unassigned(int page, int size) {
		rules.requireQueueReader();
		return customers.search(new CustomerSearch(null, null, null, null, null, true, page, size));
	}

	/** Whether the caller clears the unassigned queue (compliance only reads it). */
	public boolean mayClearQueue() {
		return identity.currentMay(org.clientcare.identity.Permission.CUSTOMER_REASSIGN);
	}

	/** The account managers the caller may give customers of this unit to. */
	@Transactional(readOnly = true)
	public List<StaffUser> candidates(String orgUnitCode) {
		rules.requireReassigner();
		return rules.candidates(orgUnitCode);
	}

	/**
	 * Asks a checker to move every customer of {@code fromManager} to {@code toManager}; applied on approval.
	 *
	 * @return the approval request (type {@code assignment.bulk})
	 */
	@Transactional
	public ApprovalRequest requestBulk(String fromManager, String toManager, String reason, AssignmentSource source) {
		rules.requireReassigner();
		var problems = new InvalidInput.Collector();
		String why = ManagerRules.reason(reason, problems);
		if (source == null) {
			problems.add("source", "required", "NATURAL, HANDOVER or SELF_MARKETED");
		}
		if (fromManager == null || fromManager.isBlank()) {
			problems.add("fromManager", "required", "The account manager whose customers move");
		}
		if (toManager == null || toManager.isBlank()) {
			problems.add("toManager", "required", "The account manager who takes them over");
		}
		problems.throwIfAny();
		StaffUser from = rules.visibleManager(fromManager.strip(), "fromManager");
		StaffUser to = rules.eligibleManager(toManager.strip(), identity.orgUnit(from.orgUnitId()).orElseThrow().code(),
				"toManager");
		if (from.id() == to.id()) {
			throw InvalidInput.of("toManager", "same-manager", "Choose another account manager");
		}
		int count = customers.managedBy(from.id()).size();
		if (count == 0) {
			throw InvalidInput.of("fromManager", "no-customers", "This account manager has no customers");
		}
		return approvals.request(BulkReassignment.TYPE, new BulkReassignment.Payload(from.id(), to.id(), why, source),
				"manager", from.username(), from.orgUnitId(),
				"Move " + count + " customers from " + from.username() + " to " + to.username() + " (" + source + ")", why);
	}

	static Map<String, Object> mapOf(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}
}
