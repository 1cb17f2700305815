package org.clientcare.inquiry;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An inquiry to register (§12 {@code POST /api/v1/inquiries}): the customer when known, the asker's name and contact
 * (a mainland mobile number or an email address), the channel and the question; {@code receivedAt} (default now)
 * for a letter or call taken earlier, never in the future.
 */
public record RegisterInquiry(@Positive Long customerId, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String contact, @NotNull InquiryChannel channel,
		@NotBlank @Size(max = 4000) String question, OffsetDateTime receivedAt) {

	public RegisterInquiry(Long customerId, String name, String contact, InquiryChannel channel, String question) {
		this(customerId, name, contact, channel, question, null);
	}
}
