package org.clientcare.assignment.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assignment module's part of anonymising customers after their retention period: key persons (name, title, phone), the diary and the plans. */
@Component
class AssignmentAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	AssignmentAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "assignment";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update assignment_key_person set name = '（已匿名）', title = null, phone_enc = null where customer_id = any(?) and name <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update assignment_diary set text = '（已匿名）' where customer_id = any(?) and text <> '（已匿名）'").param(customerIds).update();
		// the reason given for a handover may quote the customer
		changed += jdbc.sql("update assignment_history set reason = '（已匿名）' where customer_id = any(?) and reason <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update assignment_plan set goals = '（已匿名）', actions = '（已匿名）' where customer_id = any(?) and goals <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
