package org.clientcare.casework.internal;

import java.util.List;

import org.clientcare.casework.CaseView;
import org.clientcare.customer.CustomerPageSection;

import org.springframework.stereotype.Component;

/** The customer's cases on its 360 page, newest first, within the viewer's case scope. */
@Component
class CasesOfCustomerSection implements CustomerPageSection {

	private final Cases cases;

	private final CaseScope scope;

	private final CaseViews views;

	CasesOfCustomerSection(Cases cases, CaseScope scope, CaseViews views) {
		this.cases = cases;
		this.scope = scope;
		this.views = views;
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public String template() {
		return "casework/customer-section";
	}

	@Override
	public List<CaseView> data(long customerId) {
		return views.summaries(cases.ofCustomer(customerId, scope.current(), 20));
	}
}
