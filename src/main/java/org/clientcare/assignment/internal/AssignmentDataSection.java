package org.clientcare.assignment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assignment module's part of a customer's data export: the account manager history and the manager's desk: credit line, diary, key persons, plans and opportunities. */
@Component
class AssignmentDataSection implements CustomerDataSection {

	private final ExportQuery query;

	AssignmentDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "assignment";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("history", query.rows("select * from assignment_history where customer_id = ? order by id", customer));
		section.put("creditLine", query.rows("select * from assignment_credit_line where customer_id = ?", customer));
		section.put("diary", query.rows("select * from assignment_diary where customer_id = ? order by id", customer));
		section.put("keyPersons", query.rows("select * from assignment_key_person where customer_id = ? order by id", customer));
		section.put("plans", query.rows("select * from assignment_plan where customer_id = ? order by id", customer));
		section.put("opportunities", query.rows("select * from assignment_opportunity where customer_id = ? order by id", customer));
		return section;
	}
}
