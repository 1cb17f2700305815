package org.clientcare.appointment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The appointment module's part of a customer's data export: appointments, their reminders and walk-in tickets. */
@Component
class AppointmentDataSection implements CustomerDataSection {

	private final ExportQuery query;

	AppointmentDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "appointments";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("appointments", query.rows("select * from appointment where customer_id = ? order by id", customer));
		section.put("reminders", query.rows("select r.* from appointment_reminder r join appointment a on a.id = r.appointment_id where a.customer_id = ? order by r.appointment_id", customer));
		section.put("walkIns", query.rows("select * from appointment_walk_in where customer_id = ? order by id", customer));
		return section;
	}
}
