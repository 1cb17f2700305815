package org.clientcare.visit.internal;

import java.util.List;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.visit.VisitManagement;
import org.clientcare.visit.VisitView;

import org.springframework.stereotype.Component;

/** The customer's latest visits on its 360 page. */
@Component
class VisitsOfCustomerSection implements CustomerPageSection {

	private final VisitManagement visits;

	VisitsOfCustomerSection(VisitManagement visits) {
		this.visits = visits;
	}

	@Override
	public int order() {
		return 43;
	}

	@Override
	public String template() {
		return "visit/customer-section";
	}

	@Override
	public List<VisitView> data(long customerId) {
		return visits.ledger(customerId, null, null, null, 0, 10).content();
	}
}
