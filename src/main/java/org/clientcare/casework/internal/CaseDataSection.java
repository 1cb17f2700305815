package org.clientcare.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The casework module's part of a customer's data export: cases with their stages, steps and documents. */
@Component
class CaseDataSection implements CustomerDataSection {

	private final ExportQuery query;

	CaseDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("cases", query.rows("select * from client_case where customer_id = ? order by id", customer));
		section.put("stages", query.rows("select s.* from client_case_stage s join client_case c on c.id = s.case_id where c.customer_id = ? order by s.id", customer));
		section.put("events", query.rows("select e.* from client_case_event e join client_case c on c.id = e.case_id where c.customer_id = ? order by e.id", customer));
		section.put("documents", query.rows("select d.* from client_case_document d join client_case c on c.id = d.case_id where c.customer_id = ? order by d.id", customer));
		return section;
	}
}
