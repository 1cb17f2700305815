package org.clientcare.account;

/** An account's status: active, dormant (久悬) or closed (销户, for good). */
public enum AccountStatus {
	ACTIVE, DORMANT, CLOSED
}
