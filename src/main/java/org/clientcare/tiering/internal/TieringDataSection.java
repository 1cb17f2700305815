package org.clientcare.tiering.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tiering module's part of a customer's data export: the customer's figures, its tier with the explanation, and the tier history. */
@Component
class TieringDataSection implements CustomerDataSection {

	private final ExportQuery query;

	TieringDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "tiering";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("metrics", query.rows("select * from customer_metrics where customer_id = ? order by as_of", customer));
		section.put("tier", query.rows("select * from customer_tier where customer_id = ?", customer));
		section.put("history", query.rows("select * from customer_tier_history where customer_id = ? order by id", customer));
		return section;
	}
}
