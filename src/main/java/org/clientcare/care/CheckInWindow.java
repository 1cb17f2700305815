package org.clientcare.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.clientcare.shared.problem.Conflict;

/**
 * When the guests of a customer event may be checked in (活动签到时段): from {@code clientcare.care.check-in-opens-before}
 * the start (3 hours, on the event's day) to {@code clientcare.care.check-in-closes-after} it (24 hours). Before, a
 * check-in is refused as {@code check-in-not-open}; after, as {@code check-in-closed} — both 409, with the window's
 * {@code opensAt} and {@code closesAt}.
 *
 * @param opensAt  the first instant a guest may be checked in
 * @param closesAt the instant from which attendance is no longer recorded
 */
public record CheckInWindow(Instant opensAt, Instant closesAt) {

	/** Where an instant stands against the window. */
	public enum State {
		NOT_OPEN, OPEN, CLOSED
	}

	/** The window of an event starting at the instant. */
	public static CheckInWindow around(Instant startsAt, Duration opensBefore, Duration closesAfter) {
		return new CheckInWindow(startsAt.minus(opensBefore), startsAt.plus(closesAfter));
	}

	/** The window of an event, with the configured bounds. */
	static CheckInWindow of(Instant startsAt, CareSettings settings) {
		return around(startsAt, settings.checkInOpensBefore(), settings.checkInClosesAfter());
	}

	public State at(Instant now) {
		return now.isBefore(opensAt) ? State.NOT_OPEN : now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
	}

	/** Refuses (409) a check-in at an instant outside the window, saying when it opens or closed. */
	void requireOpen(Instant now) {
		Map<String, Object> bounds = Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString());
		switch (at(now)) {
			case NOT_OPEN -> throw new Conflict("check-in-not-open", "Check-in for this event opens at " + opensAt,
					bounds);
			case CLOSED -> throw new Conflict("check-in-closed", "Check-in for this event closed at " + closesAt,
					bounds);
			case OPEN -> {
			}
		}
	}
}
