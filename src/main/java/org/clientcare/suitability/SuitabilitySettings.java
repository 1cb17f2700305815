package org.clientcare.suitability;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §7 ({@code clientcare.suitability.*}): an assessment is valid for 12 months; a single-use link to
 * the public questionnaire for 7 days, under the public address of the institution's site.
 */
@ConfigurationProperties("clientcare.suitability")
public record SuitabilitySettings(Period assessmentValidity, Duration linkValidity) {

	public SuitabilitySettings {
		assessmentValidity = assessmentValidity == null ? Period.ofMonths(12) : assessmentValidity;
		linkValidity = linkValidity == null ? Duration.ofDays(7) : linkValidity;
	}
}
