package org.clientcare.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.clientcare.customer.CustomerType;
import org.junit.jupiter.api.Test;

class VisitFrequencyTest {

	final VisitFrequency frequency = new VisitFrequency(VisitSettings.defaults());

	final LocalDate today = LocalDate.of(2026, 12, 3);

	@Test
	void diamondCustomersAreVisitedMonthlyPlatinumQuarterlyAndOtherCorporatesHalfYearly() {
		assertThat(frequency.interval("DIAMOND", CustomerType.INDIVIDUAL)).contains(Period.ofMonths(1));
		assertThat(frequency.interval("PLATINUM", CustomerType.CORPORATE)).contains(Period.ofMonths(3));
		assertThat(frequency.interval("GOLD", CustomerType.CORPORATE)).contains(Period.ofMonths(6));
		assertThat(frequency.interval(null, CustomerType.INSTITUTION)).contains(Period.ofMonths(6));
		assertThat(frequency.interval("GOLD", CustomerType.INDIVIDUAL)).isEmpty();
		assertThat(frequency.interval(null, CustomerType.INDIVIDUAL)).isEmpty();
	}

	@Test
	void theNextVisitIsDueOneIntervalAfterTheLastOne() {
		assertThat(frequency.nextDue("DIAMOND", CustomerType.INDIVIDUAL, LocalDate.of(2026, 10, 31), null, today))
			.contains(LocalDate.of(2026, 11, 30));
		assertThat(frequency.nextDue("PLATINUM", CustomerType.INDIVIDUAL, LocalDate.of(2026, 11, 15), null, today))
			.contains(LocalDate.of(2027, 2, 15));
	}

	@Test
	void aCustomerNeverVisitedIsDueOneIntervalAfterItCameOrTodayWhenThatIsPast() {
		assertThat(frequency.nextDue("GOLD", CustomerType.CORPORATE, null, LocalDate.of(2026, 10, 1), today))
			.contains(LocalDate.of(2027, 4, 1));
		assertThat(frequency.nextDue("GOLD", CustomerType.CORPORATE, null, LocalDate.of(2020, 1, 1), today))
			.contains(today);
		assertThat(frequency.nextDue("GOLD", CustomerType.INDIVIDUAL, null, LocalDate.of(2020, 1, 1), today)).isEmpty();
	}

	@Test
	void theWorklistShowsCustomersOverdueOrDueWithinTwoWeeks() {
		assertThat(frequency.onWorklist(today.minusDays(3), today)).isTrue();
		assertThat(frequency.onWorklist(today.plusDays(14), today)).isTrue();
		assertThat(frequency.onWorklist(today.plusDays(15), today)).isFalse();
	}
}
