package org.clientcare.notification.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notification module's part of anonymising customers after their retention period: the address each message went to and the values it carried. */
@Component
class NotificationAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	NotificationAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.MARKETING;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update notification_outbox set recipient_enc = null, recipient_hash = null, params = '{}'::jsonb, secrets_enc = null, last_error = null, last_error_code = null, status = case when status in ('PENDING', 'FAILED') then 'SUPPRESSED' else status end where customer_id = any(?) and recipient_enc is not null").param(customerIds).update();
		return changed;
	}
}
