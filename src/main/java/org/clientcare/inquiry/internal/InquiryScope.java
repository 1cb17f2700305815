package org.clientcare.inquiry.internal;

import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/**
 * Which inquiries a user sees, like complaints (§1): service agents, compliance and administrators all of them;
 * branch managers those of their units (the customer's unit, or the registering staff member's); account managers
 * those of their customers, those they registered and those assigned to them. Every inquiry query appends this filter.
 */
@Component
public class InquiryScope {

	private final IdentityManagement identity;

	private final CustomerManagement customers;

	InquiryScope(IdentityManagement identity, CustomerManagement customers) {
		this.identity = identity;
		this.customers = customers;
	}

	public Filter current() {
		Actor actor = CurrentActor.get();
		if (actor.isSystem()) {
			return Filter.ALL;
		}
		if (actor.isAnonymous() || actor.userId() == null) {
			return Filter.NONE;
		}
		return switch (actor.role()) {
			case "ADMIN", "COMPLIANCE", "SERVICE_AGENT" -> Filter.ALL;
			case "BRANCH_MANAGER" -> new Filter("(i.org_unit_id = any(?) or i.assignee_id = ?)",
					List.of(identity.subtree(actor.orgUnitId()).toArray(Long[]::new), actor.userId()));
			case "ACCOUNT_MANAGER" -> new Filter("(i.registered_by = ? or i.assignee_id = ? or i.customer_id = any(?))",
					List.of(actor.username(), actor.userId(), customers.managedBy(actor.userId()).toArray(Long[]::new)));
			default -> Filter.NONE;
		};
	}

	/** A SQL condition over {@code inquiry i} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		public static final Filter ALL = new Filter("true", List.of());

		public static final Filter NONE = new Filter("false", List.of());
	}
}
