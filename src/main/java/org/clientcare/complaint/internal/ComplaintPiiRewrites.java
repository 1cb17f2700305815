package org.clientcare.complaint.internal;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.shared.pii.PiiTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The complaint module's tables with personal information, as the {@code key-rotation} job re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class ComplaintPiiRewrites {

	/** The prefix matches ComplaintIntake.contactHash. */
	@Bean
	PiiRewrite complaintPii(JdbcTemplate jdbc, PiiCipher pii) {
		return PiiTable.of(jdbc, pii, "complaint", "id").encrypted("contact_enc").hash("contact_hash", "contact_enc", "contact:");
	}
}
