package org.clientcare.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account module's part of a customer's data export: its accounts at the institution and their status changes. */
@Component
class AccountDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	AccountDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("accounts", rows("select * from account where customer_id = ? order by opened_at, id", customer));
		section.put("statusChanges", rows("select s.* from account_status_change s join account a on a.id = s.account_id "
				+ "where a.customer_id = ? order by s.changed_at, s.id", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
