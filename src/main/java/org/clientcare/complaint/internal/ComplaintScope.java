package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Which complaints a user sees (§1): identity's data scope applied to complaints. Everyone's scope sees all of them;
 * a subtree (branch managers) those of its units; an account manager's own customers those of its customers (through
 * the customer module's published view {@code customer_ref}) and those it registered; a department (complaint
 * handlers) those of the department or assigned to the handler. Every complaint query appends this filter.
 */
@Component
public class ComplaintScope {

	private final IdentityManagement identity;

	ComplaintScope(IdentityManagement identity) {
		this.identity = identity;
	}

	public Filter current() {
		return of(identity.currentScope(), CurrentActor.get().username());
	}

	/** The filter of a data scope; {@code username} registered the complaints an account manager also sees. */
	static Filter of(DataScope scope, String username) {
		return switch (scope.reach()) {
			case ALL -> Filter.all();
			case NONE -> new Filter("false", List.of());
			case SUBTREE -> new Filter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIds().toArray(Long[]::new)));
			case OWN -> new Filter("(c.registered_by = ? or c.customer_id in (select r.id from customer_ref r where r.manager_id = ?))",
					List.of(username, scope.userId()));
			case DEPARTMENT -> new Filter("(c.department_id = ? or c.handler_id = ?)",
					List.of(scope.orgUnitIds().iterator().next(), scope.userId()));
		};
	}

	/** A SQL condition over {@code complaint c} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		/** Every complaint: for the system's own work and for complaints already found in scope. */
		public static Filter all() {
			return new Filter("true", List.of());
		}
	}
}
