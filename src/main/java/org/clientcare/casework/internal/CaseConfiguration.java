package org.clientcare.casework.internal;

import org.clientcare.casework.CaseSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The case settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseSettings.class)
class CaseConfiguration {
}
