package org.clientcare.notification.internal;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.shared.pii.PiiTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification module's tables with personal information, as the {@code key-rotation} job re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class NotificationPiiRewrites {

	@Bean
	PiiRewrite notificationOutboxPii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.of(jdbc, pii, "notification_outbox", "id").encrypted("recipient_enc", "secrets_enc")
			.hash("recipient_hash", "recipient_enc", "");
	}
}
