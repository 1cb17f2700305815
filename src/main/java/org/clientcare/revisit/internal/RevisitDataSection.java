package org.clientcare.revisit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The revisit module's part of a customer's data export: every revisit with its outcome, and when questionnaires were sent and used (never their links). */
@Component
class RevisitDataSection implements CustomerDataSection {

	private final ExportQuery query;

	RevisitDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "revisits";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("revisits", query.rows("select * from revisit where customer_id = ? order by id", customer));
		section.put("questionnaires", query.rows("select q.revisit_id, q.sent_at, q.expires_at, q.used_at from revisit_questionnaire q join revisit r on r.id = q.revisit_id where r.customer_id = ? order by q.sent_at", customer));
		return section;
	}
}
