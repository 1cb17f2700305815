package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class KpiPeriodTest {

	@Test
	void aWeekRunsFromMondayToSundayAndFollowsTheWeekBefore() {
		var week = KpiPeriod.of(KpiPeriod.Kind.WEEK, LocalDate.of(2026, 12, 3));

		assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(week.to()).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(week.previous().from()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void theFourthQuarterFollowsTheThirdAndAYearEarlierIsTheSameQuarter() {
		var quarter = KpiPeriod.of(KpiPeriod.Kind.QUARTER, LocalDate.of(2026, 11, 15));

		assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(quarter.previous().from()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(quarter.yearEarlier().to()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(quarter.months()).isEqualTo(3);
	}

	@Test
	void beforeASpanOfTenDaysComeTheTenDaysBeforeIt() {
		var span = KpiPeriod.between(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 20));

		assertThat(span.previous().from()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(span.previous().to()).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void februaryInALeapYearEndsOnTheTwentyNinth() {
		assertThat(KpiPeriod.of(KpiPeriod.Kind.MONTH, LocalDate.of(2028, 2, 10)).to()).isEqualTo(LocalDate.of(2028, 2, 29));
	}
}
