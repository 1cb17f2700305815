package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.complaint.ComplaintView;
import org.clientcare.customer.CustomerPageSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The customer's complaints on its 360 page, newest first, within the viewer's complaint scope. */
@Component
class ComplaintsOfCustomerSection implements CustomerPageSection {

	private final JdbcClient jdbc;

	private final ComplaintScope scope;

	private final ComplaintViews views;

	ComplaintsOfCustomerSection(JdbcClient jdbc, ComplaintScope scope, ComplaintViews views) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.views = views;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "complaint/customer-section";
	}

	@Override
	public List<ComplaintView> data(long customerId) {
		var filter = scope.current();
		List<Object> params = new java.util.ArrayList<>();
		params.add(customerId);
		params.addAll(filter.params());
		return jdbc.sql("select c.* from complaint c where c.customer_id = ? and " + filter.sql()
				+ " order by c.received_at desc limit 20").params(params).query(Complaints::row).list().stream()
			.map(views::summary).toList();
	}
}
