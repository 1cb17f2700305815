package org.clientcare.appointment.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The appointment module's part of anonymising customers after their retention period: names, mobile numbers, e-mail addresses and notes of appointments and walk-in tickets. */
@Component
class AppointmentAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	AppointmentAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "appointments";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update appointment set name = '（已匿名）', mobile_enc = null, mobile_hash = null, email_enc = null, notes = case when notes is null then null else '（已匿名）' end, completion_notes = case when completion_notes is null then null else '（已匿名）' end, cancel_reason = case when cancel_reason is null then null else '（已匿名）' end where customer_id = any(?) and name <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update appointment_walk_in set name = '（已匿名）' where customer_id = any(?) and name is not null and name <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
