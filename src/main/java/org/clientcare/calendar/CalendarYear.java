package org.clientcare.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year of the business calendar as loaded: its holidays and working weekend days, in date order. A year that is not
 * loaded has no days and falls back to Monday–Friday.
 *
 * @param year               the year
 * @param loaded             whether a calendar was loaded for the year
 * @param holidays           days off that would otherwise be working days (or fall on a weekend)
 * @param workingWeekendDays Saturdays and Sundays that are worked (调休)
 * @param loadedAt           when the year was last loaded or replaced; {@code null} when not loaded
 * @param loadedBy           who did it ({@code system:migration} for the shipped defaults)
 * @param version            how many times the year was replaced since it was first loaded
 */
public record CalendarYear(int year, boolean loaded, List<CalendarDay> holidays, List<CalendarDay> workingWeekendDays,
		Instant loadedAt, String loadedBy, long version) {

	public CalendarYear {
		holidays = List.copyOf(holidays);
		workingWeekendDays = List.copyOf(workingWeekendDays);
	}

	/** A year for which no calendar was loaded. */
	public static CalendarYear notLoaded(int year) {
		return new CalendarYear(year, false, List.of(), List.of(), null, null, 0);
	}
}
