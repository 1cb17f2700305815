package org.clientcare.inquiry.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inquiry module's part of a customer's data export: inquiries with their steps. */
@Component
class InquiryDataSection implements CustomerDataSection {

	private final ExportQuery query;

	InquiryDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "inquiries";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("inquiries", query.rows("select * from inquiry where customer_id = ? order by id", customer));
		section.put("events", query.rows("select e.* from inquiry_event e join inquiry i on i.id = e.inquiry_id where i.customer_id = ? order by e.id", customer));
		return section;
	}
}
