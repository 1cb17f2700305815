package org.clientcare.customer.internal;

import java.util.List;

import org.clientcare.customer.CustomerScope;

/** A {@link CustomerScope} as a condition over this module's {@code customer} table (alias {@code c}). */
record ScopeFilter(String sql, List<Object> params) {

	static ScopeFilter of(CustomerScope scope) {
		return switch (scope.reach()) {
			case EVERYONE -> new ScopeFilter("true", List.of());
			case NOBODY -> new ScopeFilter("false", List.of());
			case MANAGED_BY -> new ScopeFilter("c.manager_id = ?", List.of(scope.managerId()));
			case IN_UNITS -> new ScopeFilter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIdArray()));
			case LISTED -> new ScopeFilter("c.id = any(?)", List.of((Object) scope.customerIdArray()));
		};
	}
}
