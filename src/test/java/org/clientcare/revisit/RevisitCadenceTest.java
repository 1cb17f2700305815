package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The cadence by tier of SPEC §5, with the default settings. */
class RevisitCadenceTest {

	final RevisitCadence cadence = RevisitSettings.defaults().cadence();

	@Test
	void diamondCustomersAreRevisitedMonthlyPlatinumQuarterlyGoldHalfYearly() {
		assertThat(cadence.months("DIAMOND")).isEqualTo(1);
		assertThat(cadence.months("PLATINUM")).isEqualTo(3);
		assertThat(cadence.months("GOLD")).isEqualTo(6);
	}

	@Test
	void everyOtherTierAndAnUntieredCustomerYearly() {
		assertThat(cadence.months("ORDINARY")).isEqualTo(12);
		assertThat(cadence.months("SILVER")).isEqualTo(12);
		assertThat(cadence.months(null)).isEqualTo(12);
	}

	@Test
	void theNextRevisitIsDueTheIntervalAfterTheLastOne() {
		assertThat(cadence.due("GOLD", LocalDate.of(2026, 10, 5), LocalDate.of(2020, 1, 1)))
			.isEqualTo(LocalDate.of(2027, 4, 5));
	}

	@Test
	void withoutAnEarlierRevisitItIsDueTheIntervalAfterTheRelationshipStarted() {
		assertThat(cadence.due("DIAMOND", null, LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
	}

	@Test
	void aMonthShorterThanTheDayEndsOnItsLastDay() {
		assertThat(cadence.due("GOLD", LocalDate.of(2026, 8, 31), null)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(cadence.due("DIAMOND", LocalDate.of(2028, 1, 31), null)).isEqualTo(LocalDate.of(2028, 2, 29));
	}
}
