package org.clientcare.complaint;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What registering a complaint takes (§12 {@code POST /api/v1/complaints}): the complainant need not be a customer;
 * {@code contact} is a mainland mobile number or an email address; {@code receivedAt} defaults to now; {@code severity} (the triage at intake) defaults to
 * {@code ORDINARY}, and a {@code MAJOR} complaint is escalated to compliance at once.
 */
public record RegisterComplaint(Long customerId, @NotBlank @Size(max = 100) String complainantName,
		@NotBlank @Size(max = 200) String contact, @NotNull ComplaintChannel channel, @NotBlank @Size(max = 32) String category,
		@NotBlank @Size(max = 10_000) String content, OffsetDateTime receivedAt, @Size(max = 32) String productCode,
		@DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amountInDispute,
		ComplaintSeverity severity) {

	/** A complaint of ordinary severity until triage says otherwise. */
	public RegisterComplaint(Long customerId, String complainantName, String contact, ComplaintChannel channel,
			String category, String content, OffsetDateTime receivedAt, String productCode, BigDecimal amountInDispute) {
		this(customerId, complainantName, contact, channel, category, content, receivedAt, productCode, amountInDispute,
				null);
	}
}
