package org.clientcare.remediation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §5's remediation ({@code clientcare.remediation.*}): put right within {@code resolveWithinWorkingDays}
 * (default 15) working days of the finding, on the business calendar; the complaint category that marks mis-selling
 * ({@code MIS_SELLING}).
 */
@ConfigurationProperties("clientcare.remediation")
public record RemediationSettings(int resolveWithinWorkingDays, String misSellingCategory) {

	public RemediationSettings {
		resolveWithinWorkingDays = resolveWithinWorkingDays <= 0 ? 15 : resolveWithinWorkingDays;
		misSellingCategory = misSellingCategory == null || misSellingCategory.isBlank() ? "MIS_SELLING" : misSellingCategory;
	}

	public static RemediationSettings defaults() {
		return new RemediationSettings(0, null);
	}
}
