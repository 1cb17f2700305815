package org.clientcare.entitlement.internal;

import java.util.List;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.entitlement.Entitlement;
import org.clientcare.entitlement.EntitlementManagement;
import org.clientcare.entitlement.EntitlementUse;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/** The customer's entitlements on its 360 page: this year's balances, the recent uses, and the form to record one. */
@Component
class EntitlementSection implements CustomerPageSection {

	private final EntitlementManagement entitlements;

	EntitlementSection(EntitlementManagement entitlements) {
		this.entitlements = entitlements;
	}

	@Override
	public int order() {
		return 12;
	}

	@Override
	public String template() {
		return "entitlement/customer-section";
	}

	@Override
	public Data data(long customerId) {
		CustomerId id = new CustomerId(customerId);
		List<EntitlementUse> uses = entitlements.usesOf(id);
		return new Data(customerId, entitlements.entitlementsOf(id, null), uses.subList(0, Math.min(10, uses.size())),
				entitlements.mayRecordUse(id));
	}

	/** The customer, its entitlements, its latest uses and whether the viewer may record one. */
	public record Data(long customerId, List<Entitlement> entitlements, List<EntitlementUse> uses, boolean mayRecord) {
	}
}
