package org.clientcare.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The institution's clock, which can tell the time a piece of history happened while the demo replays it: inside
 * {@link #at(Instant, Runnable)}, on the calling thread only, every module that takes its time from the clock acts at
 * that instant (a complaint acknowledged two hours after it was received, eight days ago); everywhere else it is the
 * clock it wraps. The audit trail records when its entries were written, not the replayed time
 * ({@link #written(Clock)}). Not for requests: only the demo's loading replays history, and a listener that follows
 * a step acts at the step's time (a notice is dated when its step was taken).
 */
public final class ActingClock extends Clock {

	private static final ThreadLocal<Instant> ACTING_AT = new ThreadLocal<>();

	private final Clock base;

	public ActingClock(Clock base) {
		this.base = Objects.requireNonNull(base);
	}

	/** Runs the work on this thread with the clock at the instant; the clock is itself again afterwards. */
	public static void at(Instant instant, Runnable work) {
		at(instant, () -> {
			work.run();
			return null;
		});
	}

	/** Does the work on this thread with the clock at the instant and answers what it gives, as {@link #at(Instant, Runnable)}. */
	public static <T> T at(Instant instant, Supplier<T> work) {
		Instant before = ACTING_AT.get();
		ACTING_AT.set(Objects.requireNonNull(instant));
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				ACTING_AT.remove();
			}
			else {
				ACTING_AT.set(before);
			}
		}
	}

	/** The clock that tells when something is written down, whatever history is being replayed. */
	public static Clock written(Clock clock) {
		return clock instanceof ActingClock acting ? acting.base : clock;
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ActingClock(base.withZone(zone));
	}

	@Override
	public Instant instant() {
		Instant at = ACTING_AT.get();
		return at != null ? at : base.instant();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ActingClock acting && acting.base.equals(base);
	}

	@Override
	public int hashCode() {
		return base.hashCode() + 1;
	}

	@Override
	public String toString() {
		return "ActingClock[" + base + "]";
	}
}
