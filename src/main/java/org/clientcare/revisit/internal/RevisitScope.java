package org.clientcare.revisit.internal;

import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerScope;

import org.springframework.stereotype.Component;

/**
 * Which revisits a user sees (§1): those of the customers in its data scope — the customer module's
 * {@link CustomerScope}, applied to its published view {@code customer_ref} (alias {@code c}) joined to every revisit
 * query.
 */
@Component
public class RevisitScope {

	private final CustomerManagement customers;

	RevisitScope(CustomerManagement customers) {
		this.customers = customers;
	}

	public Filter current() {
		return Filter.of(customers.scope());
	}

	/** A SQL condition over {@code customer_ref c} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		static Filter of(CustomerScope scope) {
			return switch (scope.reach()) {
				case EVERYONE -> all();
				case NOBODY -> new Filter("false", List.of());
				case MANAGED_BY -> new Filter("c.manager_id = ?", List.of(scope.managerId()));
				case IN_UNITS -> new Filter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIdArray()));
				case LISTED -> new Filter("c.id = any(?)", List.of((Object) scope.customerIdArray()));
			};
		}

		/** Every revisit: for the customer's own answer and for revisits already found in scope. */
		public static Filter all() {
			return new Filter("true", List.of());
		}
	}
}
