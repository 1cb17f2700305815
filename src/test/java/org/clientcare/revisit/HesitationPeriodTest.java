package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.calendar.WorkingDayCalendar;
import org.clientcare.product.Product.DayCount;
import org.junit.jupiter.api.Test;

/** The hesitation period (犹豫期) and the last day its revisit may be due, on the 2026 calendar of SPEC §9. */
class HesitationPeriodTest {

	/** September and October 2026 as SPEC §9 writes them: Mid-Autumn Sep 25–27, National Day Oct 1–7, Oct 10 worked. */
	static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(List.of(2026),
			Stream.concat(LocalDate.of(2026, 9, 25).datesUntil(LocalDate.of(2026, 9, 28)),
					LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8))).toList(),
			List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

	static final LocalDate THURSDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 24);

	@Test
	void aFifteenDayPolicyBoughtOnTheThursdayBeforeNationalDayEndsOn9OctoberAndIsRevisitedBy30September() {
		var period = HesitationPeriod.of(THURSDAY_BEFORE_NATIONAL_DAY, 15, DayCount.CALENDAR, CALENDAR_2026);

		assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
		// 8 October is the first working day before the end, the holidays lie between, 30 September is the second
		assertThat(period.revisitDueBy(2, CALENDAR_2026)).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void aPeriodInWorkingDaysSkipsTheHolidaysAndCountsTheWorkedSaturday() {
		var period = HesitationPeriod.of(THURSDAY_BEFORE_NATIONAL_DAY, 5, DayCount.WORKING, CALENDAR_2026);

		// 28, 29, 30 September, 8 and 9 October
		assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(HesitationPeriod.of(LocalDate.of(2026, 10, 8), 2, DayCount.WORKING, CALENDAR_2026).endsOn())
			.isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void aPeriodTooShortForTwoWorkingDaysIsRevisitedOnTheDayOfPurchaseNotBeforeIt() {
		var period = HesitationPeriod.of(LocalDate.of(2026, 9, 30), 2, DayCount.CALENDAR, CALENDAR_2026);

		assertThat(period.revisitDueBy(2, CALENDAR_2026)).isEqualTo(LocalDate.of(2026, 9, 30));
	}
}
