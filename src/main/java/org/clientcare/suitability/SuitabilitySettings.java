package org.clientcare.suitability;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The numbers of §7 ({@code clientcare.suitability.*}): an assessment is valid for 12 months. */
@ConfigurationProperties("clientcare.suitability")
public record SuitabilitySettings(Period assessmentValidity) {

	public SuitabilitySettings {
		assessmentValidity = assessmentValidity == null ? Period.ofMonths(12) : assessmentValidity;
	}
}
