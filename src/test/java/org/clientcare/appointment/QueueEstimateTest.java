package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The estimated wait of a walk-in. */
class QueueEstimateTest {

	static final Duration HALF_HOUR = Duration.ofMinutes(30);

	@Test
	void withFewerPeopleAheadThanAdvisorsOnDutyNobodyWaits() {
		assertThat(QueueEstimate.waitFor(1, 2, HALF_HOUR)).contains(Duration.ZERO);
	}

	@Test
	void fivePeopleAheadOfTwoAdvisorsMeanTwoRoundsOfHalfAnHour() {
		assertThat(QueueEstimate.waitFor(5, 2, HALF_HOUR)).contains(Duration.ofHours(1));
	}

	@Test
	void withNobodyOnDutyThereIsNoEstimate() {
		assertThat(QueueEstimate.waitFor(3, 0, HALF_HOUR)).isEmpty();
	}
}
