package org.clientcare.visit.internal;

import org.clientcare.visit.VisitSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The visit settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitSettings.class)
class VisitConfiguration {
}
