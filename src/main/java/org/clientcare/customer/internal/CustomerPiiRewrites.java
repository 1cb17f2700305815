package org.clientcare.customer.internal;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.shared.pii.PiiTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer module's tables with personal information, as the {@code key-rotation} job re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class CustomerPiiRewrites {

	@Bean
	PiiRewrite customerPii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.of(jdbc, pii, "customer", "id")
			.encrypted("id_number_enc", "birth_date_enc", "phone_enc", "email_enc", "address_enc")
			.hash("id_number_hash", "id_number_enc", "")
			.hash("phone_hash", "phone_enc", "");
	}
}
