package org.clientcare.care.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The care module's part of a customer's data export: care preferences, channels opted out of, greetings and the
 * managers' to-dos; never the unsubscribe links.
 */
@Component
class CareDataSection implements CustomerDataSection {

	private final ExportQuery query;

	CareDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "care";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("preferences", query.rows("select * from care_profile where customer_id = ?", customer));
		section.put("optOuts", query.rows("select * from care_opt_out where customer_id = ? order by opted_out_at", customer));
		section.put("greetings", query.rows("select * from care_greeting where customer_id = ? order by id", customer));
		section.put("tasks", query.rows("select * from care_task where customer_id = ? order by id", customer));
		return section;
	}
}
