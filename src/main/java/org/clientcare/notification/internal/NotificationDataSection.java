package org.clientcare.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerDataSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.ExportQuery;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notification module's part of a customer's data export: the messages sent or to be sent to the customer, with the address they went to (never a link or code they carried). */
@Component
class NotificationDataSection implements CustomerDataSection {

	private final ExportQuery query;

	NotificationDataSection(JdbcClient jdbc, PiiCipher pii) {
		this.query = new ExportQuery(jdbc, pii);
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public Map<String, Object> export(CustomerId customer) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("messages", query.rows("select id, channel, recipient_enc, template, locale, purpose, status, attempts, created_at, sent_at from notification_outbox where customer_id = ? order by id", customer));
		return section;
	}
}
