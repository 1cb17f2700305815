package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.clientcare.appointment.AdvisorChoice.Candidate;
import org.junit.jupiter.api.Test;

/** Who receives the customer (§8). */
class AdvisorChoiceTest {

	static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void theCustomersOwnAccountManagerWhenSkilledAndFreeEvenWithMoreBookings() {
		var free = List.of(new Candidate(1, 5, MONDAY), new Candidate(2, 0, null));
		assertThat(AdvisorChoice.choose(free, 1L)).contains(1L);
	}

	@Test
	void otherwiseTheAdvisorWithTheFewestBookingsThatDay() {
		var free = List.of(new Candidate(1, 3, null), new Candidate(2, 1, MONDAY), new Candidate(3, 2, null));
		assertThat(AdvisorChoice.choose(free, 9L)).contains(2L);
	}

	@Test
	void onATieTheLeastRecentlyBookedNeverBookedFirst() {
		var free = List.of(new Candidate(1, 1, MONDAY.plusSeconds(60)), new Candidate(2, 1, MONDAY),
				new Candidate(3, 2, null));
		assertThat(AdvisorChoice.choose(free, null)).contains(2L);
		assertThat(AdvisorChoice.choose(List.of(new Candidate(1, 0, MONDAY), new Candidate(2, 0, null)), null)).contains(2L);
	}

	@Test
	void nobodyFreeNobodyChosen() {
		assertThat(AdvisorChoice.choose(List.of(), 1L)).isEmpty();
	}
}
