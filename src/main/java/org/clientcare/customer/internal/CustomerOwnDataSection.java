package org.clientcare.customer.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The customer module's part of a customer's data export: the customer record (PII decrypted), its financial profile and every consent record. */
@Component
class CustomerOwnDataSection implements CustomerDataSection {

	private final ExportQuery query;

	CustomerOwnDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "customer";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("record", query.rows("select * from customer where id = ?", customer));
		section.put("financialProfile", query.rows("select * from customer_financial_profile where customer_id = ?", customer));
		section.put("consents", query.rows("select * from customer_consent where customer_id = ? order by recorded_at, id", customer));
		return section;
	}
}
