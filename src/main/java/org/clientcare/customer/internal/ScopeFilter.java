package org.clientcare.customer.internal;

import java.util.List;

import org.clientcare.identity.DataScope;

/**
 * The data-scope rule as SQL over the {@code customer} table (alias {@code c}): the one place where a scope becomes a
 * filter. Every customer query of this module appends it.
 */
record ScopeFilter(String sql, List<Object> params) {

	static ScopeFilter of(DataScope scope, String departmentCustomers) {
		return switch (scope.reach()) {
			case ALL -> new ScopeFilter("true", List.of());
			case SUBTREE -> new ScopeFilter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIds().toArray(Long[]::new)));
			case OWN -> new ScopeFilter("c.manager_id = ?", List.of(scope.userId()));
			// Complaint handlers reach customers through their department's complaints (supplied by that module).
			case DEPARTMENT -> departmentCustomers == null ? new ScopeFilter("false", List.of())
					: new ScopeFilter("c.id in (" + departmentCustomers + ")", List.of(scope.orgUnitIds().iterator().next()));
			case NONE -> new ScopeFilter("false", List.of());
		};
	}
}
