package org.clientcare.entitlement.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entitlement module's part of a customer's data export: the grants, held and withdrawn, and the uses. */
@Component
class EntitlementDataSection implements CustomerDataSection {

	private final ExportQuery query;

	EntitlementDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "entitlement";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("grants", query.rows("select * from entitlement_grant where customer_id = ? order by id", customer));
		section.put("uses", query.rows("select * from entitlement_use where customer_id = ? order by id", customer));
		return section;
	}
}
