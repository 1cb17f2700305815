package org.clientcare.customer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lifecycle (客户状态): PROSPECT → ACTIVE → DORMANT → CLOSED, with reactivation of dormant and closed customers. */
public enum CustomerStatus {

	PROSPECT, ACTIVE, DORMANT, CLOSED;

	private static final Map<CustomerStatus, Set<CustomerStatus>> NEXT = Map.of(
			PROSPECT, EnumSet.of(ACTIVE, CLOSED),
			ACTIVE, EnumSet.of(DORMANT, CLOSED),
			DORMANT, EnumSet.of(ACTIVE, CLOSED),
			CLOSED, EnumSet.of(ACTIVE));

	public boolean canBecome(CustomerStatus next) {
		return NEXT.get(this).contains(next);
	}
}
