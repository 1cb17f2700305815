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
 * history here too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	MutableClock testClock() {
		return new MutableClock(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	@Primary
	Clock institutionClock(MutableClock testClock) {
		return new ActingClock(testClock);
	}
}
