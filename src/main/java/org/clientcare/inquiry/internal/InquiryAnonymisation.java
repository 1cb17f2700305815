package org.clientcare.inquiry.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inquiry module's part of anonymising customers after their retention period: the asker's name and contact, the question, the answer and step details. */
@Component
class InquiryAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	InquiryAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "inquiries";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update inquiry set asker_name = '（已匿名）', contact_enc = null, contact_hash = null, question = '（已匿名）', answer = case when answer is null then null else '（已匿名）' end where customer_id = any(?) and asker_name <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update inquiry_event e set detail = '（已匿名）' from inquiry i where i.id = e.inquiry_id and i.customer_id = any(?) and e.detail is not null and e.detail <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
