package org.clientcare.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that follows the system clock until a test moves it; or, started at another moment ({@link #startingAt}),
 * follows the system clock from that moment on, and {@link #reset()} brings it back there.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private final Duration start;

	private volatile Duration offset;

	private volatile Instant fixed;

	public MutableClock(ZoneId zone) {
		this(zone, Duration.ZERO);
	}

	private MutableClock(ZoneId zone, Duration start) {
		this.zone = zone;
		this.start = start;
		this.offset = start;
	}

	/** A clock that reads {@code moment} now and runs on from there with the system clock. */
	public static MutableClock startingAt(ZoneId zone, Instant moment) {
		return new MutableClock(zone, Duration.between(Instant.now(), moment));
	}

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void fixAt(Instant instant) {
		fixed = instant;
	}

	public void reset() {
		offset = start;
		fixed = null;
	}

	@Override
	public Instant instant() {
		return (fixed != null ? fixed : Instant.now()).plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** This clock seen from another zone: it moves and stands still with this one. */
	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock self = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}
		};
	}
}
