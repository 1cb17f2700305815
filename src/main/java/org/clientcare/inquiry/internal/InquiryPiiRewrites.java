package org.clientcare.inquiry.internal;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.shared.pii.PiiTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inquiry module's tables with personal information, as the {@code key-rotation} job re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class InquiryPiiRewrites {

	/** The prefix matches InquiryManagement.contactHash. */
	@Bean
	PiiRewrite inquiryPii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.of(jdbc, pii, "inquiry", "id").encrypted("contact_enc").hash("contact_hash", "contact_enc", "inquiry-contact:");
	}
}
