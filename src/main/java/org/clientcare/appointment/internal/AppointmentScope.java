package org.clientcare.appointment.internal;

import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;

import org.springframework.stereotype.Component;

/**
 * Which appointments and walk-ins a user sees (§1), as a condition over this module's tables (alias {@code a}):
 * service agents, compliance and administrators all; branch managers those at the units of their subtree; account
 * managers those they receive as advisor and those of their own customers; everyone else none.
 */
@Component
public class AppointmentScope {

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	AppointmentScope(IdentityManagement identity, CustomerManagement customers) {
		this.identity = identity;
		this.customers = customers;
	}

	public Filter current() {
		DataScope scope = identity.currentScope();
		return switch (scope.reach()) {
			case ALL -> Filter.ALL;
			case SUBTREE -> new Filter("a.org_unit_id = any(?)", List.of((Object) scope.orgUnitIds().toArray(Long[]::new)));
			case OWN -> new Filter("(a.advisor_id = ? or a.customer_id = any(?))",
					List.of(scope.userId(), customers.managedBy(scope.userId()).toArray(Long[]::new)));
			case DEPARTMENT, NONE -> new Filter("false", List.of());
		};
	}

	/** A SQL condition over alias {@code a} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		public static final Filter ALL = new Filter("true", List.of());
	}
}
