package org.clientcare.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A data-subject request as staff take it.
 *
 * @param receivedOn the day it arrived (defaults to today; never in the future)
 */
public record RegisterPrivacyRequest(@NotNull @Min(1) Long customerId, @NotNull PrivacyRequestKind kind,
		@NotNull PrivacyChannel channel, @Size(max = 2000) String details, LocalDate receivedOn) {
}
