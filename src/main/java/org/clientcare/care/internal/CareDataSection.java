package org.clientcare.care.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The care module's part of a customer's data export: care preferences, channels opted out of, greetings and the
 * managers' to-dos; never the unsubscribe links.
 */
@Component
class CareDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	CareDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "care";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("preferences", rows("select * from care_profile where customer_id = ?", customer));
		section.put("optOuts", rows("select * from care_opt_out where customer_id = ? order by opted_out_at", customer));
		section.put("greetings", rows("select * from care_greeting where customer_id = ? order by id", customer));
		section.put("tasks", rows("select * from care_task where customer_id = ? order by id", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
