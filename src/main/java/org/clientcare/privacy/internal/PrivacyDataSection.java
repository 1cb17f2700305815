package org.clientcare.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy module's part of a customer's data export: the customer's own data-subject requests (what was asked,
 * when, the deadline, the answer and the outcome) and the legal holds that keep its data.
 */
@Component
class PrivacyDataSection implements CustomerDataSection {

	private final ExportQuery query;

	PrivacyDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "privacyRequests";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("requests", query.rows("""
				select id, request_no, kind, channel, details, received_on, due_date, status, outcome, answer, answered_at,
				       answered_by, registered_by, created_at
				from privacy_request where customer_id = ? order by id""", customer));
		section.put("legalHolds", query.rows("""
				select id, reason, set_at, set_by, released_at, released_by
				from privacy_legal_hold where customer_id = ? order by id""", customer));
		return section;
	}
}
