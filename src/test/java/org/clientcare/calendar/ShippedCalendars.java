package org.clientcare.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The calendars of SPEC §9 for 2025 and 2026, written down from the SPEC (not from the migration that ships them). */
final class ShippedCalendars {

	/** First and last day of each holiday. */
	static final List<String> HOLIDAYS = List.of(
			"2025-01-01..2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
			"2025-05-31..2025-06-02", "2025-10-01..2025-10-08",
			"2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
			"2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07");

	static final List<String> WORKING_WEEKEND_DAYS = List.of(
			"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
			"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

	private ShippedCalendars() {
	}

	static List<LocalDate> holidays() {
		return HOLIDAYS.stream().flatMap(range -> {
			String[] ends = range.split("\\.\\.");
			return LocalDate.parse(ends[0]).datesUntil(LocalDate.parse(ends[1]).plusDays(1));
		}).toList();
	}

	static List<LocalDate> holidays(int year) {
		return holidays().stream().filter(day -> day.getYear() == year).toList();
	}

	static List<LocalDate> workingWeekendDays() {
		return WORKING_WEEKEND_DAYS.stream().map(LocalDate::parse).toList();
	}

	static List<LocalDate> workingWeekendDays(int year) {
		return workingWeekendDays().stream().filter(day -> day.getYear() == year).toList();
	}

	/** 2025 and 2026 as the SPEC gives them; every other year falls back to Monday–Friday. */
	static WorkingDayCalendar calendar() {
		return new WorkingDayCalendar(List.of(2025, 2026), holidays(), workingWeekendDays());
	}

	static Stream<LocalDate> everyDayOf2025And2026() {
		return LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2027, 1, 1));
	}
}
