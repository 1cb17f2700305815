package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Which complaints a user sees (§1): service agents, compliance and administrators all of them; branch managers
 * those of their units; account managers those of their customers and those they registered; complaint handlers
 * those of their department or assigned to them. Every complaint query appends this filter.
 */
@Component
public class ComplaintScope {

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	ComplaintScope(IdentityManagement identity, CustomerManagement customers) {
		this.identity = identity;
		this.customers = customers;
	}

	public Filter current() {
		Actor actor = CurrentActor.get();
		if (actor.isSystem()) {
			return new Filter("true", List.of());
		}
		if (actor.isAnonymous() || actor.userId() == null) {
			return new Filter("false", List.of());
		}
		return switch (actor.role()) {
			case "ADMIN", "COMPLIANCE", "SERVICE_AGENT" -> new Filter("true", List.of());
			case "BRANCH_MANAGER" -> new Filter("c.org_unit_id = any(?)",
					List.of((Object) identity.subtree(actor.orgUnitId()).toArray(Long[]::new)));
			case "ACCOUNT_MANAGER" -> new Filter("(c.registered_by = ? or c.customer_id = any(?))",
					List.of(actor.username(), customers.managedBy(actor.userId()).toArray(Long[]::new)));
			case "COMPLAINT_HANDLER" -> new Filter("(c.department_id = ? or c.handler_id = ?)",
					List.of(actor.orgUnitId(), actor.userId()));
			default -> new Filter("false", List.of());
		};
	}

	/** A SQL condition over {@code complaint c} with its parameters. */
	public record Filter(String sql, List<Object> params) {
	}
}
