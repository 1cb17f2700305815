package org.clientcare.appointment.internal;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.shared.pii.PiiTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The appointment module's tables with personal information, as the {@code key-rotation} job re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class AppointmentPiiRewrites {

	@Bean
	PiiRewrite appointmentPii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.of(jdbc, pii, "appointment", "id").encrypted("mobile_enc", "email_enc")
			.hash("mobile_hash", "mobile_enc", "");
	}

	@Bean
	PiiRewrite bookingCodePii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.byText(jdbc, pii, "appointment_booking_code", "token_hash").encrypted("mobile_enc", "email_enc")
			.hash("mobile_hash", "mobile_enc", "");
	}
}
