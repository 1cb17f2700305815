package org.clientcare.support;

import java.time.Clock;
import java.time.ZoneId;

import org.clientcare.shared.ActingClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the institution's clock with one tests can move (injected as {@link MutableClock}); the modules take their
 * time from it through the institution's {@link ActingClock}, as they do outside tests, so the demo replays its
 * history here too. A context may start the clock on another day ({@link #CLOCK_STARTS_AT}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/** The clock; started at {@code clientcare.test.clock-starts-at} (a local date-time in Shanghai) when set. */
	@Bean
	MutableClock testClock(org.springframework.core.env.Environment environment) {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		String startsAt = environment.getProperty(CLOCK_STARTS_AT);
		return startsAt == null || startsAt.isBlank() ? new MutableClock(zone)
				: MutableClock.startingAt(zone, java.time.LocalDateTime.parse(startsAt).atZone(zone).toInstant());
	}

	/**
	 * The property that starts the test clock at another moment, so that a {@link DemoTest} loads the demo on a chosen
	 * day (a Sunday, a public holiday): its context is another one, with a database of its own.
	 */
	public static final String CLOCK_STARTS_AT = "clientcare.test.clock-starts-at";

	@Bean
	@Primary
	Clock institutionClock(MutableClock testClock) {
		return new ActingClock(testClock);
	}
}
