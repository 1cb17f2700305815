package org.clientcare.suitability.internal;

import org.clientcare.suitability.SuitabilitySettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The suitability settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuitabilitySettings.class)
class SuitabilityConfiguration {
}
