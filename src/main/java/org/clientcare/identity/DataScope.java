package org.clientcare.identity;

import java.util.Set;

import org.clientcare.shared.Actor;

/**
 * The data-scope rule (数据权限) of SPEC §1: which customers a user may see. Account managers see the customers
 * assigned to them, branch managers those of their org unit and the units below it, service agents, compliance and
 * admins all of them; complaint handlers see customers through their department's complaints; the system sees all.
 * Every customer-bound query and command is filtered by the scope of its actor; outside it, a customer does not exist.
 *
 * @param reach      how far the scope reaches
 * @param userId     the account manager, for {@link Reach#OWN}
 * @param orgUnitIds the units of the subtree, for {@link Reach#SUBTREE}; the department, for {@link Reach#DEPARTMENT}
 * @param masked     whether PII stays masked whatever is asked
 */
public record DataScope(Reach reach, Long userId, Set<Long> orgUnitIds, boolean masked) {

	public enum Reach {
		ALL, SUBTREE, OWN, DEPARTMENT, NONE
	}

	public static DataScope all() {
		return new DataScope(Reach.ALL, null, Set.of(), false);
	}

	public static DataScope none() {
		return new DataScope(Reach.NONE, null, Set.of(), true);
	}

	/** How far a role sees. */
	public static Reach reachOf(Role role) {
		return switch (role) {
			case ADMIN, COMPLIANCE, SERVICE_AGENT -> Reach.ALL;
			case BRANCH_MANAGER -> Reach.SUBTREE;
			case ACCOUNT_MANAGER -> Reach.OWN;
			case COMPLAINT_HANDLER -> Reach.DEPARTMENT;
			case INTEGRATION -> Reach.NONE;
		};
	}

	/** The scope of an actor, given the units of its org-unit subtree. */
	static DataScope of(Actor actor, Role role, Set<Long> subtree) {
		return switch (role) {
			case ADMIN, COMPLIANCE -> new DataScope(Reach.ALL, actor.userId(), Set.of(), false);
			case SERVICE_AGENT -> new DataScope(Reach.ALL, actor.userId(), Set.of(), true);
			case BRANCH_MANAGER -> new DataScope(Reach.SUBTREE, actor.userId(), Set.copyOf(subtree), false);
			case ACCOUNT_MANAGER -> new DataScope(Reach.OWN, actor.userId(), Set.of(), false);
			case COMPLAINT_HANDLER -> new DataScope(Reach.DEPARTMENT, actor.userId(), Set.of(actor.orgUnitId()), true);
			case INTEGRATION -> none();
		};
	}
}
