package org.clientcare.complaint.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint module's part of anonymising customers after their retention period: the complainant's name and contact, the complaint's text, resolution and step details. */
@Component
class ComplaintAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	ComplaintAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update complaint set complainant_name = '（已匿名）', contact_enc = null, contact_hash = null, content = '（已匿名）', resolution = case when resolution is null then null else '（已匿名）' end where customer_id = any(?) and complainant_name <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update complaint_event e set detail = '（已匿名）' from complaint c where c.id = e.complaint_id and c.customer_id = any(?) and e.detail is not null and e.detail <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
