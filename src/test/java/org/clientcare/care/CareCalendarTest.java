package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CareCalendarTest {

	@Test
	void the2027CalendarHasTheLunarFestivalsOnTheirDays() {
		assertThat(CareCalendar.festivals(2027)).containsEntry(Occasion.SPRING_FESTIVAL, LocalDate.of(2027, 2, 6))
			.containsEntry(Occasion.LANTERN, LocalDate.of(2027, 2, 20))
			.containsEntry(Occasion.DRAGON_BOAT, LocalDate.of(2027, 6, 9))
			.containsEntry(Occasion.MID_AUTUMN, LocalDate.of(2027, 9, 15))
			.containsEntry(Occasion.DOUBLE_NINTH, LocalDate.of(2027, 10, 8))
			.containsEntry(Occasion.NEW_YEAR, LocalDate.of(2027, 1, 1))
			.containsEntry(Occasion.NATIONAL_DAY, LocalDate.of(2027, 10, 1));
	}

	@Test
	void springFestivalAndMidAutumnOf2026() {
		assertThat(CareCalendar.festivalOn(LocalDate.of(2026, 2, 17))).contains(Occasion.SPRING_FESTIVAL);
		assertThat(CareCalendar.festivalOn(LocalDate.of(2026, 9, 25))).contains(Occasion.MID_AUTUMN);
		assertThat(CareCalendar.festivalOn(LocalDate.of(2026, 9, 24))).isEmpty();
	}

	@Test
	void theSolarTermsOfAYearAreTwentyFourWithQingmingInApril() {
		assertThat(CareCalendar.solarTerms(2027)).hasSize(24)
			.contains(java.util.Map.entry("清明", LocalDate.of(2027, 4, 5)));
	}

	@Test
	void aLunarBirthdayOnThe30thIsGreetedOnThe29thInAMonthOf29Days() {
		// The second lunar month has 30 days in 2027 but only 29 in 2026.
		assertThat(CareCalendar.lunarBirthday(2027, 2, 30)).isEqualTo(LocalDate.of(2027, 4, 6));
		assertThat(CareCalendar.lunarBirthday(2026, 2, 30)).isEqualTo(LocalDate.of(2026, 4, 16));
		assertThat(CareCalendar.lunarBirthday(2026, 2, 29)).isEqualTo(LocalDate.of(2026, 4, 16));
	}

	@Test
	void someoneBornInALeapMonthIsGreetedInTheOrdinaryMonthOfThatNumber() {
		// 2025-08-01 is 闰六月初八 of 2025; 2026 has no leap month.
		var born = CareCalendar.lunarDateOf(LocalDate.of(2025, 8, 1));
		assertThat(born).isEqualTo(new CareCalendar.LunarDate(2025, 6, true, 8));
		assertThat(CareCalendar.lunarBirthday(2026, born.month(), born.day())).isEqualTo(LocalDate.of(2026, 7, 21));
	}

	@Test
	void inAYearWithALeapMonthTheBirthdayFallsInTheOrdinaryMonthOnly() {
		// 2028 has a leap fifth month: a birthday on the 3rd of the fifth month is kept on 五月初三, not 闰五月初三.
		assertThat(CareCalendar.leapMonth(2028)).isEqualTo(5);
		assertThat(CareCalendar.lunarBirthday(2028, 5, 3)).isEqualTo(LocalDate.of(2028, 5, 26));
	}

	@Test
	void aLunarYearCanHoldTwoTwelfthMonthsOfOneGregorianYearSoLunarBirthdaysCountByLunarYear() {
		assertThat(CareCalendar.lunarBirthday(2021, 12, 5)).isEqualTo(LocalDate.of(2022, 1, 7));
		assertThat(CareCalendar.lunarBirthday(2022, 12, 5)).isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(CareCalendar.lunarYearOf(LocalDate.of(2022, 1, 7))).isEqualTo(2021);
	}

	@Test
	void yearsOutsideTheCalendarAreRefused() {
		assertThatThrownBy(() -> CareCalendar.festivals(1800)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CareCalendar.lunarBirthday(2026, 13, 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
