package org.clientcare.inquiry.internal;

import java.util.List;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Which inquiries a user sees, like complaints (§1): identity's data scope applied to inquiries. Everyone's scope sees
 * all of them; a subtree (branch managers) those of its units (the customer's, or the registering staff member's) and
 * those assigned to the manager; an account manager's own customers those of its customers (through the customer
 * module's published view {@code customer_ref}), those it registered and those assigned to it. Every inquiry query
 * appends this filter.
 */
@Component
public class InquiryScope {

	private final IdentityManagement identity;

	InquiryScope(IdentityManagement identity) {
		this.identity = identity;
	}

	public Filter current() {
		return of(identity.currentScope(), CurrentActor.get().username());
	}

	static Filter of(DataScope scope, String username) {
		return switch (scope.reach()) {
			case ALL -> Filter.ALL;
			case NONE, DEPARTMENT -> Filter.NONE;
			case SUBTREE -> new Filter("(i.org_unit_id = any(?) or i.assignee_id = ?)",
					List.of(scope.orgUnitIds().toArray(Long[]::new), scope.userId()));
			case OWN -> new Filter("(i.registered_by = ? or i.assignee_id = ? or i.customer_id in "
					+ "(select r.id from customer_ref r where r.manager_id = ?))",
					List.of(username, scope.userId(), scope.userId()));
		};
	}

	/** A SQL condition over {@code inquiry i} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		public static final Filter ALL = new Filter("true", List.of());

		public static final Filter NONE = new Filter("false", List.of());
	}
}
