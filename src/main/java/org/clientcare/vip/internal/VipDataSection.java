package org.clientcare.vip.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The VIP programme's part of a customer's data export: its places on the yearly lists, changes, cards and history. */
@Component
class VipDataSection implements CustomerDataSection {

	private final ExportQuery query;

	VipDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "vip";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("candidates", query.rows("select * from vip_candidate where customer_id = ? order by year", customer));
		section.put("changes", query.rows("select * from vip_change where customer_id = ? order by id", customer));
		section.put("cards", query.rows("select * from vip_card where customer_id = ? order by id", customer));
		section.put("history", query.rows("select * from vip_history where customer_id = ? order by id", customer));
		return section;
	}
}
