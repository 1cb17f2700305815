package org.clientcare.timeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline module's part of a customer's data export: the customer timeline. */
@Component
class TimelineDataSection implements CustomerDataSection {

	private final ExportQuery query;

	TimelineDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("entries", query.rows("select * from timeline_entry where customer_id = ? order by at, id", customer));
		return section;
	}
}
