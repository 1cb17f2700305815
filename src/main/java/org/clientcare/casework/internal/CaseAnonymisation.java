package org.clientcare.casework.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The casework module's part of anonymising customers after their retention period: case titles, reasons for refusal, stage notes and step details. */
@Component
class CaseAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	CaseAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update client_case set title = '（已匿名）', reject_reason = case when reject_reason is null then null else '（已匿名）' end where customer_id = any(?) and title <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update client_case_stage s set note = '（已匿名）' from client_case c where c.id = s.case_id and c.customer_id = any(?) and s.note is not null and s.note <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update client_case_event e set detail = '（已匿名）' from client_case c where c.id = e.case_id and c.customer_id = any(?) and e.detail is not null and e.detail <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
