package org.clientcare.account;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/** What the accounts intake publishes: once per new account and once per real status change, never for a repeat. */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** An account was opened at {@code orgUnitId} (the first report of its external id). */
	public record AccountOpened(long accountId, String externalId, CustomerId customer, AccountKind kind, long orgUnitId,
			Instant openedAt) {
	}

	/** An account's status changed, e.g. dormant → active (reactivated) or active → closed. */
	public record AccountStatusChanged(long accountId, String externalId, CustomerId customer, AccountKind kind,
			long orgUnitId, AccountStatus from, AccountStatus to, Instant at) {
	}
}
