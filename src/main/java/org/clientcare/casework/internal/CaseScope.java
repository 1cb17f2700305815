package org.clientcare.casework.internal;

import java.util.List;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Which cases a user sees (§1, §8), as a condition over {@code client_case k}: everyone's scope all of them; a branch
 * manager's subtree those of its units and those involving one of its units; an account manager those of its own
 * customers (through the customer module's published view {@code customer_ref}) and those it opened; a department
 * (complaint handlers) the cases it is involved in — the case, not the customer's other data. Every case query
 * appends this filter.
 */
@Component
public class CaseScope {

	private final IdentityManagement identity;

	CaseScope(IdentityManagement identity) {
		this.identity = identity;
	}

	public Filter current() {
		return of(identity.currentScope(), CurrentActor.get().username());
	}

	static Filter of(DataScope scope, String username) {
		return switch (scope.reach()) {
			case ALL -> Filter.ALL;
			case NONE -> Filter.NONE;
			case SUBTREE -> new Filter("(k.org_unit_id = any(?) or k.departments && ?)",
					List.<Object>of(units(scope), units(scope)));
			case DEPARTMENT -> new Filter("k.departments && ?", List.<Object>of((Object) units(scope)));
			case OWN -> new Filter("(k.created_by = ? or k.customer_id in "
					+ "(select r.id from customer_ref r where r.manager_id = ?))", List.of(username, scope.userId()));
		};
	}

	private static Long[] units(DataScope scope) {
		return scope.orgUnitIds().toArray(Long[]::new);
	}

	/** A SQL condition over {@code client_case k} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		public static final Filter ALL = new Filter("true", List.of());

		public static final Filter NONE = new Filter("false", List.of());
	}
}
