package org.clientcare.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of SPEC §11 for data-subject requests ({@code clientcare.privacy.*}): answered within
 * {@code answerWithinWorkingDays} working days of the official calendar after the day of receipt (15 by default).
 */
@ConfigurationProperties("clientcare.privacy")
public record PrivacySettings(int answerWithinWorkingDays) {

	public PrivacySettings {
		answerWithinWorkingDays = answerWithinWorkingDays <= 0 ? 15 : answerWithinWorkingDays;
	}
}
