package org.clientcare.revisit.internal;

import java.util.List;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;

import org.springframework.stereotype.Component;

/**
 * Which revisits a user sees (§1): those of the customers in its data scope. Account managers see their customers'
 * revisits, branch managers those of their units' customers, service agents, compliance and administrators all;
 * complaint handlers and the machine user none. The condition reads the customer module's {@code customer} table
 * (alias {@code c}), joined to every revisit query.
 */
@Component
public class RevisitScope {

	private final IdentityManagement identity;

	RevisitScope(IdentityManagement identity) {
		this.identity = identity;
	}

	public Filter current() {
		DataScope scope = identity.currentScope();
		return switch (scope.reach()) {
			case ALL -> new Filter("true", List.of());
			case SUBTREE -> new Filter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIds().toArray(Long[]::new)));
			case OWN -> new Filter("c.manager_id = ?", List.of(scope.userId()));
			case DEPARTMENT, NONE -> new Filter("false", List.of());
		};
	}

	/** A SQL condition over {@code customer c} with its parameters. */
	public record Filter(String sql, List<Object> params) {
	}
}
