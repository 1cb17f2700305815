package org.clientcare.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §8 for inquiries ({@code clientcare.inquiry.*}): answered by the end of the 2nd working day after the
 * day of receipt ({@code answerWithinWorkingDays}).
 */
@ConfigurationProperties("clientcare.inquiry")
public record InquirySettings(int answerWithinWorkingDays) {

	public InquirySettings {
		answerWithinWorkingDays = answerWithinWorkingDays <= 0 ? 2 : answerWithinWorkingDays;
	}

	public static InquirySettings defaults() {
		return new InquirySettings(0);
	}
}
