package org.clientcare.complaint.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint module's part of a customer's data export: every complaint with its steps and missed deadlines. */
@Component
class ComplaintDataSection implements CustomerDataSection {

	private final ExportQuery query;

	ComplaintDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("complaints", query.rows("select * from complaint where customer_id = ? order by id", customer));
		section.put("events", query.rows("select e.* from complaint_event e join complaint c on c.id = e.complaint_id where c.customer_id = ? order by e.id", customer));
		section.put("breaches", query.rows("select b.* from complaint_breach b join complaint c on c.id = b.complaint_id where c.customer_id = ? order by b.detected_at", customer));
		return section;
	}
}
