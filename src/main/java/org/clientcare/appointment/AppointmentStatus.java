package org.clientcare.appointment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands: {@code BOOKED → CHECKED_IN → COMPLETED}, or from {@code BOOKED} to {@code CANCELLED}
 * or {@code NO_SHOW}. Every other step is illegal (409).
 */
public enum AppointmentStatus {

	BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

	/** Whether a step from this status to {@code next} is allowed. */
	public boolean allows(AppointmentStatus next) {
		return switch (this) {
			case BOOKED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW).contains(next);
			case CHECKED_IN -> next == COMPLETED;
			case COMPLETED, CANCELLED, NO_SHOW -> false;
		};
	}

	/** The statuses in which an appointment holds its advisor's time. */
	public static Set<AppointmentStatus> holdingTime() {
		return EnumSet.of(BOOKED, CHECKED_IN);
	}
}
