package org.clientcare.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a message whose delivery failed for a passing reason is tried again: after the 1st failed attempt wait the
 * first back-off (1 min), after the 2nd the second (5 min), then 30 min, 2 h, 6 h; after {@code maxAttempts} (6)
 * failed attempts, never.
 */
public record RetrySchedule(List<Duration> backoff, int maxAttempts) {

	public RetrySchedule {
		if (backoff.isEmpty() || maxAttempts < 1) {
			throw new IllegalArgumentException("A retry schedule needs a back-off and at least one attempt");
		}
		backoff = List.copyOf(backoff);
	}

	/** The wait before the next attempt, after {@code failedAttempts} attempts failed; empty: give up. */
	public Optional<Duration> delayAfter(int failedAttempts) {
		if (failedAttempts >= maxAttempts) {
			return Optional.empty();
		}
		return Optional.of(backoff.get(Math.min(Math.max(failedAttempts, 1), backoff.size()) - 1));
	}
}
