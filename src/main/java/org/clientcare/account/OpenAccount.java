package org.clientcare.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account opening as the core banking system reports it (§12 {@code POST /api/v1/accounts}). {@code openedAt} is
 * ISO-8601 with offset or a date ({@code YYYY-MM-DD}, the start of that day in the institution's zone).
 */
public record OpenAccount(@NotBlank @Size(max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String externalId,
		@NotNull Long customerId, @NotNull AccountKind kind, @NotBlank String openedAt,
		@NotBlank @Size(max = 32) String orgUnit) {
}
