package org.clientcare.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The business calendar of SPEC §9. */
class WorkingDayCalendarTest {

	final WorkingDayCalendar calendar = ShippedCalendars.calendar();

	static Stream<LocalDate> holidays() {
		return ShippedCalendars.holidays().stream();
	}

	static Stream<LocalDate> workingWeekendDays() {
		return ShippedCalendars.workingWeekendDays().stream();
	}

	@ParameterizedTest(name = "{0} is a holiday")
	@MethodSource("holidays")
	void everyHolidayOf2025And2026IsADayOff(LocalDate holiday) {
		assertThat(calendar.isWorkingDay(holiday)).isFalse();
	}

	@ParameterizedTest(name = "{0} is worked")
	@MethodSource("workingWeekendDays")
	void everyWorkingWeekendDayOf2025And2026IsAWorkingDayThoughASaturdayOrSunday(LocalDate day) {
		assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(calendar.isWorkingDay(day)).isTrue();
	}

	@Test
	void theSpecListsTwentyEightHolidaysIn2025AndThirtyThreeIn2026() {
		assertThat(ShippedCalendars.holidays(2025)).hasSize(28);
		assertThat(ShippedCalendars.holidays(2026)).hasSize(33);
		assertThat(ShippedCalendars.workingWeekendDays()).hasSize(11);
	}

	@Test
	void everyOtherDayOf2025And2026IsAWorkingDayFromMondayToFriday() {
		List<LocalDate> listed = Stream.concat(holidays(), workingWeekendDays()).toList();
		ShippedCalendars.everyDayOf2025And2026().filter(day -> !listed.contains(day)).forEach(day ->
				assertThat(calendar.isWorkingDay(day)).as(day + " " + day.getDayOfWeek())
					.isEqualTo(day.getDayOfWeek().getValue() <= 5));
	}

	@Test
	void sevenWorkingDaysAfterSeptember30th2026IsOctober15thAcrossNationalDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void sevenWorkingDaysAfterFebruary13th2026IsMarch2ndAcrossSpringFestival() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 7)).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void oneWorkingDayAfterOctober9th2026IsSaturdayOctober10thWhichIsWorked() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2026-10-01, 0, 2026-10-01", "2026-10-01, 1, 2026-10-08", "2026-03-02, 1, 2026-03-03",
			"2026-10-03, 1, 2026-10-08", "2025-09-30, 1, 2025-10-09", "2025-01-24, 1, 2025-01-26",
			"2025-12-31, 1, 2026-01-04", "2025-01-27, 2, 2025-02-06" })
	void theStartDayNeverCountsAndZeroDaysIsTheStartDay(LocalDate from, int n, LocalDate expected) {
		assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
	}

	@Test
	void a2027WithoutCalendarFallsBackToMondayToFriday() {
		assertThat(calendar.hasYear(2027)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("Friday, New Year's Day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("Saturday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 3))).as("Sunday").isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 5), 10)).isEqualTo(LocalDate.of(2027, 2, 19));
	}

	@Test
	void countingCrossesFromALoadedYearIntoTheFallback() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void callersLearnWhichYearsFellBackSoThatTheyCanWarn() {
		assertThat(calendar.years()).containsExactly(2025, 2026);
		assertThat(calendar.hasYear(2026)).isTrue();
		assertThat(calendar.yearsWithoutCalendar(2026, 2027)).containsExactly(2027);
		assertThat(calendar.yearsWithoutCalendar(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 30))).containsExactly(2027);
		assertThat(calendar.yearsWithoutCalendar(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1))).isEmpty();
	}

	@Test
	void withNoYearLoadedEveryMondayToFridayIsAWorkingDay() {
		var fallback = WorkingDayCalendar.mondayToFriday();
		assertThat(fallback.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
		assertThat(fallback.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
		assertThat(fallback.yearsWithoutCalendar(2026, 2027)).containsExactly(2026, 2027);
	}

	@Test
	void aNegativeNumberOfDaysIsRefused() {
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCalendarRefusesAWorkedWeekdayADayBothOffAndWorkedAndADayOutsideItsYears() {
		var saturday = LocalDate.of(2026, 10, 10);
		assertThatThrownBy(() -> new WorkingDayCalendar(List.of(2026), List.of(), List.of(LocalDate.of(2026, 10, 9))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Saturday or Sunday");
		assertThatThrownBy(() -> new WorkingDayCalendar(List.of(2026), List.of(saturday), List.of(saturday)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
		assertThatThrownBy(() -> new WorkingDayCalendar(List.of(2026), List.of(LocalDate.of(2027, 1, 1)), List.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not loaded");
	}
}
