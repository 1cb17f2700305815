package org.clientcare.appointment;

import java.time.LocalTime;
import java.util.Optional;

/**
 * When an org unit opens (§8): its hours on the working days of the official calendar (调休 weekend days included)
 * and whether it also opens on rest days (weekends and public holidays, e.g. a 365-day outlet, 周末营业网点), with its
 * own hours then. A unit that does not open on rest days is closed on them.
 *
 * @param opens opening time on working days
 * @param closes closing time on working days
 * @param restDays whether the unit also opens on rest days
 * @param restDayOpens opening time on rest days; {@code null} when the unit does not open then
 * @param restDayCloses closing time on rest days; {@code null} when the unit does not open then
 */
public record OpeningHours(LocalTime opens, LocalTime closes, boolean restDays, LocalTime restDayOpens,
		LocalTime restDayCloses) {

	/** The hours of one day, from opening to closing. */
	public record Span(LocalTime opens, LocalTime closes) {

		/** Whether {@code time} falls between opening (included) and closing (excluded). */
		public boolean contains(LocalTime time) {
			return !time.isBefore(opens) && time.isBefore(closes);
		}
	}

	/** Open on working days only, in these hours. */
	public static OpeningHours workingDays(LocalTime opens, LocalTime closes) {
		return new OpeningHours(opens, closes, false, null, null);
	}

	/**
	 * The unit's hours on a day: its working-day hours on a working day of the calendar, its rest-day hours on a rest
	 * day when it opens on rest days, else none (closed that day).
	 */
	public Optional<Span> on(boolean workingDay) {
		if (workingDay) {
			return Optional.of(new Span(opens, closes));
		}
		return restDays ? Optional.of(new Span(restDayOpens, restDayCloses)) : Optional.empty();
	}
}
