package org.clientcare.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.clientcare.notification.NotificationSettings;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

	final NotificationSettings defaults = new NotificationSettings(null, null, null, null, null, null, 0, null, null, 0, 0);

	final RetrySchedule retries = new RetrySchedule(defaults.retryBackoff(), defaults.maxAttempts());

	@Test
	void failedAttemptsAreRetriedAfterOneFiveAndThirtyMinutesThenTwoAndSixHours() {
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(retries::delayAfter).map(delay -> delay.orElseThrow()).toList())
			.containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
					Duration.ofHours(6));
	}

	@Test
	void afterTheSixthFailedAttemptTheMessageIsGivenUp() {
		assertThat(retries.delayAfter(6)).isEmpty();
		assertThat(retries.delayAfter(7)).isEmpty();
	}

	@Test
	void moreAttemptsThanBackOffsKeepWaitingTheLongest() {
		var patient = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), 5);
		assertThat(patient.delayAfter(4)).contains(Duration.ofMinutes(10));
	}
}
