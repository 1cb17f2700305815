package org.clientcare.appointment;

import java.time.LocalDate;

/**
 * Whether a unit opens on a day (§8: on the working days of the official calendar, 调休 weekend days included, and on
 * rest days — weekends and public holidays — only when it opens on rest days, {@link OpeningHours}) and, when it does
 * not, the next day it does — what the day view and the walk-in queue say on a day the unit is closed, rather than an
 * empty list or no advisor on duty.
 *
 * @param day the day asked about
 * @param open whether the unit takes appointments and walk-ins that day
 * @param nextOpening the next day it does after {@code day} when closed; {@code day} itself when open
 * @param hours the unit's hours that day; {@code null} when closed
 * @param restDay whether the unit is open on a rest day, in its rest-day hours
 */
public record OpeningDay(LocalDate day, boolean open, LocalDate nextOpening, OpeningHours.Span hours, boolean restDay) {

	public boolean closed() {
		return !open;
	}
}
