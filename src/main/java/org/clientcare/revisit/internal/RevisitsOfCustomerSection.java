package org.clientcare.revisit.internal;

import java.util.List;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitView;

import org.springframework.stereotype.Component;

/** The customer's revisits on its 360 page: open ones by due date, then the latest outcomes. */
@Component
class RevisitsOfCustomerSection implements CustomerPageSection {

	private final RevisitManagement revisits;

	RevisitsOfCustomerSection(RevisitManagement revisits) {
		this.revisits = revisits;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String template() {
		return "revisit/customer-section";
	}

	@Override
	public List<RevisitView> data(long customerId) {
		return revisits.ofCustomer(customerId, 20);
	}
}
