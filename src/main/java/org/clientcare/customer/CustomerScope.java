package org.clientcare.customer;

import java.util.Set;
import java.util.function.LongFunction;

import org.clientcare.identity.DataScope;

/**
 * The customers an actor sees (数据权限, SPEC §1), as a typed value: identity's {@link DataScope} resolved into facts
 * about customers. Other modules apply it in their own queries to the columns of the published view
 * {@code customer_ref}: {@link Reach#EVERYONE} no condition, {@link Reach#NOBODY} nothing matches,
 * {@link Reach#MANAGED_BY} {@code manager_id = managerId}, {@link Reach#IN_UNITS} {@code org_unit_id} among
 * {@code orgUnitIds}, {@link Reach#LISTED} {@code id} among {@code customerIds}. It is never handed around as SQL.
 *
 * @param managerId   the account manager, for {@link Reach#MANAGED_BY}
 * @param orgUnitIds  the units, for {@link Reach#IN_UNITS}
 * @param customerIds the customers, for {@link Reach#LISTED}
 */
public record CustomerScope(Reach reach, Long managerId, Set<Long> orgUnitIds, Set<Long> customerIds) {

	public enum Reach {
		/** Service agents, compliance, administrators and the system. */
		EVERYONE,
		/** Anonymous callers and the integration user. */
		NOBODY,
		/** An account manager: the customers assigned to it. */
		MANAGED_BY,
		/** A branch manager: the customers of its org unit and the units below it. */
		IN_UNITS,
		/** A complaint handler: the customers of its department's complaints. */
		LISTED
	}

	public CustomerScope {
		orgUnitIds = orgUnitIds == null ? Set.of() : Set.copyOf(orgUnitIds);
		customerIds = customerIds == null ? Set.of() : Set.copyOf(customerIds);
	}

	public static CustomerScope everyone() {
		return new CustomerScope(Reach.EVERYONE, null, null, null);
	}

	public static CustomerScope nobody() {
		return new CustomerScope(Reach.NOBODY, null, null, null);
	}

	/**
	 * Resolves identity's data scope into customers; {@code departmentCustomers} answers the customers a department
	 * reaches through its complaints (the complaint module knows them).
	 */
	public static CustomerScope of(DataScope scope, LongFunction<Set<Long>> departmentCustomers) {
		return switch (scope.reach()) {
			case ALL -> everyone();
			case NONE -> nobody();
			case OWN -> new CustomerScope(Reach.MANAGED_BY, scope.userId(), null, null);
			case SUBTREE -> new CustomerScope(Reach.IN_UNITS, null, scope.orgUnitIds(), null);
			case DEPARTMENT -> new CustomerScope(Reach.LISTED, null, null,
					departmentCustomers.apply(scope.orgUnitIds().iterator().next()));
		};
	}

	/** The unit ids as an array, for a bound {@code = any(?)} parameter. */
	public Long[] orgUnitIdArray() {
		return orgUnitIds.toArray(Long[]::new);
	}

	/** The customer ids as an array, for a bound {@code = any(?)} parameter. */
	public Long[] customerIdArray() {
		return customerIds.toArray(Long[]::new);
	}
}
