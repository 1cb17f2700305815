package org.clientcare.assignment.internal;

import org.clientcare.assignment.AssignmentSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The assignment settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssignmentSettings.class)
class AssignmentConfiguration {
}
