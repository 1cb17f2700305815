package org.clientcare.revisit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportRows;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The revisit module's part of a customer's data export: every revisit with its outcome, and when questionnaires were sent and used (never their links). */
@Component
class RevisitDataSection implements CustomerDataSection {

	private final JdbcClient jdbc;

	private final PiiCipher pii;

	RevisitDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.jdbc = jdbc;
		this.pii = pii;
	}

	@Override
	public String name() {
		return "revisits";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("revisits", rows("select * from revisit where customer_id = ? order by id", customer));
		section.put("questionnaires", rows("select q.revisit_id, q.sent_at, q.expires_at, q.used_at from revisit_questionnaire q join revisit r on r.id = q.revisit_id where r.customer_id = ? order by q.sent_at", customer));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, CustomerId customer) {
		return ExportRows.of(jdbc.sql(sql).param(customer.value()).query().listOfRows(), pii);
	}
}
