package org.clientcare.account;

import jakarta.validation.constraints.NotNull;

/**
 * A status change as the core system reports it (§12 {@code POST /api/v1/accounts/{externalId}/status}); {@code at}
 * is ISO-8601 with offset or a date, and defaults to now.
 */
public record ChangeAccountStatus(@NotNull AccountStatus status, String at) {
}
