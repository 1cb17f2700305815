package org.clientcare.entitlement.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entitlement module's part of a customer's data export: the grants, held and withdrawn, and the uses. */
@Component
class EntitlementDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	EntitlementDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "entitlement";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("grants", rows("select * from entitlement_grant where customer_id = ? order by id", customer));
		section.put("uses", rows("select * from entitlement_use where customer_id = ? order by id", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
