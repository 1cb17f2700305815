package org.clientcare.appointment;

import java.time.Duration;
import java.util.Optional;

/**
 * The estimated wait of a walk-in (排队预计等待): the advisors on duty serve the people ahead side by side, each taking
 * a service's usual time, so someone with {@code ahead} people before them waits {@code ahead / advisors} (rounded
 * down) such times — with fewer people ahead than advisors, not at all. Nobody on duty: no estimate.
 */
public final class QueueEstimate {

	private QueueEstimate() {
	}

	public static Optional<Duration> waitFor(int ahead, int advisorsOnDuty, Duration perCustomer) {
		if (advisorsOnDuty <= 0) {
			return Optional.empty();
		}
		int rounds = Math.max(0, ahead) / advisorsOnDuty;
		return Optional.of(perCustomer.multipliedBy(rounds));
	}
}
