package org.clientcare.inquiry.internal;

import java.util.List;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.inquiry.InquiryView;

import org.springframework.stereotype.Component;

/** The customer's inquiries on its 360 page, newest first, within the viewer's inquiry scope. */
@Component
class InquiriesOfCustomerSection implements CustomerPageSection {

	private final Inquiries inquiries;

	private final InquiryScope scope;

	private final InquiryViews views;

	InquiriesOfCustomerSection(Inquiries inquiries, InquiryScope scope, InquiryViews views) {
		this.inquiries = inquiries;
		this.scope = scope;
		this.views = views;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "inquiry/customer-section";
	}

	@Override
	public List<InquiryView> data(long customerId) {
		return inquiries.list(scope.current(), null, null, customerId, java.time.Instant.now(), 0, 20).stream()
			.map(views::summary).toList();
	}
}
