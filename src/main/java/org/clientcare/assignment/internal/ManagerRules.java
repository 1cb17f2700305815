package org.clientcare.assignment.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Who may reassign (branch managers within their units, administrators, the system) and to whom: an enabled account
 * manager working in the customer's unit, below it or above it — for a branch manager, one of its own units.
 */
@Component
public class ManagerRules {

	private final Authorization authorization;

	private final IdentityManagement identity;

	ManagerRules(IdentityManagement identity, Authorization authorization) {
		this.authorization = authorization;
		this.identity = identity;
	}

	/** Refuses (403) anyone who may not reassign customers (branch managers, administrators, the system). */
	public void requireReassigner() {
		authorization.require(Permission.CUSTOMER_REASSIGN);
	}

	/** Whether the current actor may reassign this customer (its unit in a branch manager's subtree). */
	public void requireReassigner(CustomerRef customer) {
		authorization.require(Permission.CUSTOMER_REASSIGN, Target.customer(customer.orgUnitId(), customer.managerId()));
	}

	/** Whether the current actor may reassign this customer, without refusing. */
	public boolean mayReassign(CustomerRef customer) {
		return authorization.can(Permission.CUSTOMER_REASSIGN, Target.customer(customer.orgUnitId(), customer.managerId()));
	}

	/** Refuses (403) a caller who neither clears the unassigned queue nor oversees it (compliance). */
	public void requireQueueReader() {
		if (!authorization.can(Permission.CUSTOMER_REASSIGN)) {
			authorization.require(Permission.OVERSIGHT_READ);
		}
	}

	/** Refuses (403) anyone who does not oversee managers' books (branch managers, compliance, administrators). */
	public void requireOverseer() {
		authorization.require(Permission.OVERSIGHT_READ);
	}

	/** The stripped reason, or a problem on {@code reason}. */
	public static String reason(String reason, InvalidInput.Collector problems) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			problems.add("reason", "required", "Give the reason (up to 500 characters)");
			return null;
		}
		return reason.strip();
	}

	/** An account manager the caller reaches (its units for a branch manager), or a problem on {@code field}. */
	public StaffUser visibleManager(String username, String field) {
		Optional<StaffUser> user = identity.findUser(username);
		if (user.isEmpty() || user.get().role() != Role.ACCOUNT_MANAGER || !reaches(user.get().orgUnitId())) {
			throw InvalidInput.of(field, "unknown", "No account manager with this username in your units");
		}
		return user.get();
	}

	/** An enabled account manager who may look after customers of the unit {@code unitCode}. */
	public StaffUser eligibleManager(String username, String unitCode, String field) {
		StaffUser user = visibleManager(username, field);
		if (!user.enabled()) {
			throw InvalidInput.of(field, "disabled", "This account manager is disabled");
		}
		OrgUnit unit = identity.orgUnit(unitCode);
		if (!related(identity.orgUnit(user.orgUnitId()).orElseThrow(), unit)) {
			throw InvalidInput.of(field, "outside-unit", "The account manager works in another unit");
		}
		return user;
	}

	/** Enabled account managers the caller may give customers of this unit to. */
	public List<StaffUser> candidates(String unitCode) {
		OrgUnit unit = identity.orgUnit(unitCode);
		return managersInReach().stream().filter(StaffUser::enabled)
			.filter(u -> identity.orgUnit(u.orgUnitId()).map(m -> related(m, unit)).orElse(false)).toList();
	}

	/** Account managers in the caller's reach: all for administrators, compliance and the system. */
	public List<StaffUser> managersInReach() {
		return identity.usersWithRole(Role.ACCOUNT_MANAGER).stream().filter(u -> reaches(u.orgUnitId())).toList();
	}

	private boolean reaches(long orgUnitId) {
		DataScope scope = identity.currentScope();
		return scope.reach() != DataScope.Reach.SUBTREE || scope.orgUnitIds().contains(orgUnitId);
	}

	private static boolean related(OrgUnit a, OrgUnit b) {
		return a.path().startsWith(b.path()) || b.path().startsWith(a.path());
	}
}
