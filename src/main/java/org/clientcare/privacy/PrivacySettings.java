package org.clientcare.privacy;

import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of SPEC §11 for personal information rights ({@code clientcare.privacy.*}).
 *
 * @param answerWithinWorkingDays data-subject requests are answered within this many working days of the official
 *                                calendar after the day of receipt (15)
 * @param retention               how long each category of data is kept after the business relationship ends
 *                                ({@code identity}, {@code transactions}, {@code service-records}: 10 years each by
 *                                default, AML law 2024 Art. 34); a customer is anonymised when the longest has passed
 * @param retentionSchedule       when the {@code retention} job runs ({@code DAILY|03:30})
 * @param retentionChunk          customers anonymised per statement (500)
 */
@ConfigurationProperties("clientcare.privacy")
public record PrivacySettings(int answerWithinWorkingDays, Map<String, Period> retention, String retentionSchedule,
		int retentionChunk) {

	public PrivacySettings {
		answerWithinWorkingDays = answerWithinWorkingDays <= 0 ? 15 : answerWithinWorkingDays;
		Map<String, Period> periods = new LinkedHashMap<>(Map.of("identity", Period.ofYears(10), "transactions",
				Period.ofYears(10), "service-records", Period.ofYears(10)));
		if (retention != null) {
			periods.putAll(retention);
		}
		retention = Collections.unmodifiableMap(periods);
		retentionSchedule = retentionSchedule == null || retentionSchedule.isBlank() ? "DAILY|03:30" : retentionSchedule;
		retentionChunk = retentionChunk <= 0 ? 500 : retentionChunk;
	}

	/** The longest retention period of all categories: the customer's data is kept at least that long. */
	public Period longestRetention() {
		return retention.values().stream().max(java.util.Comparator.comparingLong(Period::toTotalMonths)
			.thenComparingInt(Period::getDays)).orElse(Period.ofYears(10));
	}
}
