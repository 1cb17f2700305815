package org.clientcare.remediation.internal;

import org.clientcare.remediation.RemediationSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The remediation settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemediationSettings.class)
class RemediationConfiguration {
}
