package org.clientcare.remediation.internal;

import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The remediation module's part of a customer's data export: every remediation opened for the customer, with its findings, choice, refund and outcome. */
@Component
class RemediationDataSection implements CustomerDataSection {

	private final ExportQuery query;

	RemediationDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "remediations";
	}

	@Override
	public List<Map<String, Object>> export(CustomerId customer) {
		return query.rows("select * from remediation where customer_id = ? order by id", customer);
	}
}
