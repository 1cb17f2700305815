package org.clientcare.complaint.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint module's part of a customer's data export: every complaint with its steps and missed deadlines. */
@Component
class ComplaintDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	ComplaintDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("complaints", rows("select * from complaint where customer_id = ? order by id", customer));
		section.put("events", rows("select e.* from complaint_event e join complaint c on c.id = e.complaint_id where c.customer_id = ? order by e.id", customer));
		section.put("breaches", rows("select b.* from complaint_breach b join complaint c on c.id = b.complaint_id where c.customer_id = ? order by b.detected_at", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
