package org.clientcare.suitability;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §7 ({@code clientcare.suitability.*}): an assessment is valid for 12 months; a single-use link to
 * the public questionnaire for 7 days, under the public address of the institution's site; 30 % of the dual recordings
 * are quality-checked ({@code recording-check-share}, in per cent; every one for customers aged 60 or more and for
 * investment-linked policies).
 */
@ConfigurationProperties("clientcare.suitability")
public record SuitabilitySettings(Period assessmentValidity, Duration linkValidity, Integer recordingCheckShare) {

	public SuitabilitySettings {
		assessmentValidity = assessmentValidity == null ? Period.ofMonths(12) : assessmentValidity;
		linkValidity = linkValidity == null ? Duration.ofDays(7) : linkValidity;
		recordingCheckShare = recordingCheckShare == null ? 30 : Math.max(0, Math.min(100, recordingCheckShare));
	}
}
