package org.clientcare.notification;

/** Where a message stands in the outbox. */
public enum NotificationStatus {

	/** Waiting for the dispatcher (new, or deferred until quiet hours end). */
	PENDING,
	/** Delivered to the gateway or mail server. */
	SENT,
	/** The last attempt failed for a passing reason; retried at {@code nextAttemptAt}. */
	FAILED,
	/** Given up: refused by the gateway, or every attempt failed. */
	DEAD,
	/** Not sent on purpose, e.g. a marketing message without the customer's consent; the reason is kept. */
	SUPPRESSED,
	/** Not sent because the channel has no gateway configured (demo mode); shown on the outbox page instead. */
	HELD_DEMO;

	/** Whether the dispatcher will still look at a message in this status. */
	public boolean isOpen() {
		return this == PENDING || this == FAILED;
	}
}
