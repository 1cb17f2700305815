package org.clientcare.care.internal;

import org.clientcare.care.CareManagement;
import org.clientcare.care.CustomerCare;
import org.clientcare.customer.CustomerPageSection;

import org.springframework.stereotype.Component;

/** The care a customer received, and its care preferences, on its 360 page. */
@Component
class CareOfCustomerSection implements CustomerPageSection {

	private final CareManagement care;

	CareOfCustomerSection(CareManagement care) {
		this.care = care;
	}

	@Override
	public int order() {
		return 47;
	}

	@Override
	public String template() {
		return "care/customer-section";
	}

	@Override
	public CustomerCare data(long customerId) {
		return care.customerCare(customerId);
	}
}
