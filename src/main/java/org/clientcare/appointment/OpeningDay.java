package org.clientcare.appointment;

import java.time.LocalDate;

/**
 * Whether branches open on a day (§8: on the working days of the official calendar, 调休 weekend days included, never
 * on holidays) and, when they do not, the next day they do — what the day view and the walk-in queue say on a day the
 * branch is closed, rather than an empty list or no advisor on duty.
 *
 * @param day the day asked about
 * @param open whether branches take appointments and walk-ins that day
 * @param nextOpening the next day they do after {@code day} when closed; {@code day} itself when open
 */
public record OpeningDay(LocalDate day, boolean open, LocalDate nextOpening) {

	public boolean closed() {
		return !open;
	}
}
