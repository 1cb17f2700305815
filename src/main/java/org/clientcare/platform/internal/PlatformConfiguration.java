package org.clientcare.platform.internal;

import java.time.Clock;

import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.ActingClock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The institution's clock: every module takes time from it, the demo replays its history on it, and tests replace it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformSettings.class)
class PlatformConfiguration {

	/**
	 * Pages format times in the JVM's default zone; it is set to the institution's so that a deadline at 23:59:59 in
	 * Shanghai reads so on every page, whatever zone the server runs in.
	 */
	@Bean
	Clock clock(PlatformSettings settings) {
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(settings.zone()));
		return new ActingClock(Clock.system(settings.zone()));
	}
}
