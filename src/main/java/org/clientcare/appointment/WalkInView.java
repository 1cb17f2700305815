package org.clientcare.appointment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A walk-in (现场取号) in a branch's queue: its number of the day, the service, the visitor by name, where it stands,
 * and for a waiting one the people ahead and the estimated wait in minutes ({@code null}: nobody on duty).
 */
public record WalkInView(long id, String orgUnit, LocalDate day, int ticketNo, AppointmentService service,
		Long customerId, String name, Status status, Instant takenAt, Instant calledAt, Instant doneAt, int ahead,
		Integer estimatedWaitMinutes) {

	/** {@code WAITING → CALLED → SERVED}, or {@code LEFT} from waiting or called. */
	public enum Status {

		WAITING, CALLED, SERVED, LEFT;

		public boolean allows(Status next) {
			return switch (this) {
				case WAITING -> next == CALLED || next == LEFT;
				case CALLED -> next == SERVED || next == LEFT;
				case SERVED, LEFT -> false;
			};
		}
	}

	/** The ticket as shown to the visitor, e.g. {@code A007}. */
	public String ticket() {
		return "A%03d".formatted(ticketNo);
	}
}
