package org.clientcare.transaction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The transaction module's part of a customer's data export: every transaction the core system reported. */
@Component
class TransactionDataSection implements CustomerDataSection {

	private final ExportQuery query;

	TransactionDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "transactions";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("transactions", query.rows("select * from customer_transaction where customer_id = ? order by occurred_at, id", customer));
		return section;
	}
}
