package org.clientcare.visit.internal;

import java.util.List;

import org.clientcare.customer.CustomerScope;

/**
 * The customer module's typed scope as a condition over its published view {@code customer_ref r}: visits are seen
 * with the customers they belong to (§1).
 */
record VisitScope(String sql, List<Object> params) {

	static VisitScope of(CustomerScope scope) {
		return switch (scope.reach()) {
			case EVERYONE -> new VisitScope("true", List.of());
			case NOBODY -> new VisitScope("false", List.of());
			case MANAGED_BY -> new VisitScope("r.manager_id = ?", List.of(scope.managerId()));
			case IN_UNITS -> new VisitScope("r.org_unit_id = any(?)", List.<Object>of((Object) scope.orgUnitIdArray()));
			case LISTED -> new VisitScope("r.id = any(?)", List.<Object>of((Object) scope.customerIdArray()));
		};
	}
}
