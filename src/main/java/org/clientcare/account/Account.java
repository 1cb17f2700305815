package org.clientcare.account;

import java.time.Instant;

/** An account as recorded, with its status and when that status began. */
public record Account(long id, String externalId, long customerId, AccountKind kind, AccountStatus status,
		Instant openedAt, String orgUnit, Instant statusSince) {
}
