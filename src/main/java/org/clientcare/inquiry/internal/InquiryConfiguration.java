package org.clientcare.inquiry.internal;

import org.clientcare.inquiry.InquirySettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The inquiry settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InquirySettings.class)
class InquiryConfiguration {
}
