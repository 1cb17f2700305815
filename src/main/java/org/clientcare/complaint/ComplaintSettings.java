package org.clientcare.complaint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §6 ({@code clientcare.complaint.*}): acknowledge within 24 hours, resolve within 7 working days,
 * decide within 15 calendar days, extensions of 30 days (at most 2), how often the SLA sweep runs and how many
 * complaints it looks at per transaction ({@code sweepBatchSize}, 100,000), and how long the complainant's single-use link
 * to answer a resolution stays open ({@code feedbackLinkValidFor}, 15 days).
 */
@ConfigurationProperties("clientcare.complaint")
public record ComplaintSettings(Duration acknowledgeWithin, int resolveWithinWorkingDays, int regulatoryDays,
		int extensionDays, int maxExtensions, String sweepSchedule, int sweepBatchSize, Duration feedbackLinkValidFor) {

	public ComplaintSettings {
		acknowledgeWithin = acknowledgeWithin == null ? Duration.ofHours(24) : acknowledgeWithin;
		resolveWithinWorkingDays = resolveWithinWorkingDays == 0 ? 7 : resolveWithinWorkingDays;
		regulatoryDays = regulatoryDays == 0 ? 15 : regulatoryDays;
		extensionDays = extensionDays == 0 ? 30 : extensionDays;
		maxExtensions = maxExtensions == 0 ? 2 : maxExtensions;
		sweepSchedule = sweepSchedule == null ? "FIXED_DELAY|300s" : sweepSchedule;
		sweepBatchSize = sweepBatchSize <= 0 ? 100_000 : sweepBatchSize;
		feedbackLinkValidFor = feedbackLinkValidFor == null ? Duration.ofDays(15) : feedbackLinkValidFor;
	}

	public static ComplaintSettings defaults() {
		return new ComplaintSettings(null, 0, 0, 0, 0, null, 0, null);
	}
}
