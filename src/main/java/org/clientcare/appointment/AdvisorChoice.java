package org.clientcare.appointment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who receives the customer (§8): the customer's own account manager when skilled and free, else the skilled free
 * advisor with the fewest bookings that day, and among those the one booked least recently (never booked first).
 */
public final class AdvisorChoice {

	private AdvisorChoice() {
	}

	/** A skilled advisor free for the slot, with the bookings it has that day and when it was last booked. */
	public record Candidate(long advisorId, int bookingsThatDay, Instant lastBookedAt) {
	}

	public static Optional<Long> choose(List<Candidate> free, Long accountManagerId) {
		if (accountManagerId != null && free.stream().anyMatch(c -> c.advisorId() == accountManagerId)) {
			return Optional.of(accountManagerId);
		}
		return free.stream()
			.min(Comparator.comparingInt(Candidate::bookingsThatDay)
				.thenComparing(Candidate::lastBookedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingLong(Candidate::advisorId))
			.map(Candidate::advisorId);
	}
}
