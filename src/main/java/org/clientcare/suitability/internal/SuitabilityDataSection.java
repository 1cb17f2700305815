package org.clientcare.suitability.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suitability module's part of a customer's data export: risk assessments, signed acknowledgments, suitability checks, alerts and cooling-off periods. */
@Component
class SuitabilityDataSection implements CustomerDataSection {

	private final ExportQuery query;

	SuitabilityDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "suitability";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("riskAssessments", query.rows("select * from risk_assessment where customer_id = ? order by id", customer));
		section.put("acknowledgments", query.rows("select * from risk_acknowledgment where customer_id = ? order by id", customer));
		section.put("checks", query.rows("select * from suitability_check where customer_id = ? order by id", customer));
		section.put("alerts", query.rows("select * from suitability_alert where customer_id = ? order by id", customer));
		section.put("coolingOffPeriods", query.rows("select * from cooling_off_period where customer_id = ? order by id", customer));
		return section;
	}
}
