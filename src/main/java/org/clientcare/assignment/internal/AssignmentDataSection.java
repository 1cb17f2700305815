package org.clientcare.assignment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assignment module's part of a customer's data export: the account manager history and the manager's desk: credit line, diary, key persons, plans and opportunities. */
@Component
class AssignmentDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	AssignmentDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "assignment";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("history", rows("select * from assignment_history where customer_id = ? order by id", customer));
		section.put("creditLine", rows("select * from assignment_credit_line where customer_id = ?", customer));
		section.put("diary", rows("select * from assignment_diary where customer_id = ? order by id", customer));
		section.put("keyPersons", rows("select * from assignment_key_person where customer_id = ? order by id", customer));
		section.put("plans", rows("select * from assignment_plan where customer_id = ? order by id", customer));
		section.put("opportunities", rows("select * from assignment_opportunity where customer_id = ? order by id", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
