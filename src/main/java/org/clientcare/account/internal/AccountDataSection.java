package org.clientcare.account.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account module's part of a customer's data export: its accounts at the institution and their status changes. */
@Component
class AccountDataSection implements CustomerDataSection {

	private final ExportQuery query;

	AccountDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("accounts", query.rows("select * from account where customer_id = ? order by opened_at, id", customer));
		section.put("statusChanges", query.rows("select s.* from account_status_change s join account a on a.id = s.account_id "
				+ "where a.customer_id = ? order by s.changed_at, s.id", customer));
		return section;
	}
}
