package org.clientcare.vip.internal;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.customer.CustomerType;
import org.clientcare.shared.CustomerId;
import org.clientcare.vip.CustomerVip;
import org.clientcare.vip.VipLevel;
import org.clientcare.vip.VipProgrammeManagement;

import org.springframework.stereotype.Component;

/**
 * A corporate customer's place in the VIP programme on its 360 page: its level in force this year with the services it
 * carries, its executives' cards and its history, and, for its branch, the form to propose it for this year's list.
 * Individuals have no section.
 */
@Component
class VipSection implements CustomerPageSection {

	private final VipProgrammeManagement programme;

	private final CustomerManagement customers;

	VipSection(VipProgrammeManagement programme, CustomerManagement customers) {
		this.programme = programme;
		this.customers = customers;
	}

	@Override
	public int order() {
		return 13;
	}

	@Override
	public String template() {
		return "vip/customer-section";
	}

	@Override
	public Data data(long customerId) {
		CustomerId id = new CustomerId(customerId);
		if (customers.requireVisible(id).type() == CustomerType.INDIVIDUAL) {
			return new Data(customerId, false, null, false, VipLevel.values());
		}
		return new Data(customerId, true, programme.vipOf(id), programme.mayPropose(id), VipLevel.values());
	}

	/** The customer, whether it is corporate (else nothing shows), its place, and whether the viewer may propose it. */
	public record Data(long customerId, boolean corporate, CustomerVip vip, boolean mayPropose, VipLevel[] levels) {
	}
}
