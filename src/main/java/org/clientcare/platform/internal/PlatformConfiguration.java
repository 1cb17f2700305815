package org.clientcare.platform.internal;

import java.time.Clock;

import org.clientcare.platform.PlatformSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The institution's clock: every module takes time from it, and tests replace it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformSettings.class)
class PlatformConfiguration {

	@Bean
	Clock clock(PlatformSettings settings) {
		return Clock.system(settings.zone());
	}
}
