package org.clientcare.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that follows the system clock until a test moves it. */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void fixAt(Instant instant) {
		fixed = instant;
	}

	public void reset() {
		offset = Duration.ZERO;
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
