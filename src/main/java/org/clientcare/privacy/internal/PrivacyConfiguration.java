package org.clientcare.privacy.internal;

import org.clientcare.privacy.KeyRotationSettings;
import org.clientcare.privacy.PrivacySettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The privacy settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PrivacySettings.class, KeyRotationSettings.class })
class PrivacyConfiguration {
}
