package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.clientcare.customer.DataCategory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of SPEC §11 for personal information rights ({@code clientcare.privacy.*}).
 *
 * @param answerWithinWorkingDays data-subject requests are answered within this many working days of the official
 *                                calendar after the day of receipt (15)
 * @param retention               how long each category of data ({@link DataCategory}: {@code identity},
 *                                {@code transactions}, {@code service-records}, {@code revisit-notes},
 *                                {@code marketing}) is kept after the business relationship ends, 10 years each by
 *                                default; the defaults of the settings compliance changes at run time
 *                                ({@code PUT /api/v1/retention/settings}). Identity data and transaction records are
 *                                kept at least 10 years (AML law 2024 Art. 34): a shorter or an unknown category
 *                                stops the application at start
 * @param retentionSchedule       when the {@code retention} job runs ({@code DAILY|03:30})
 * @param retentionChunk          customers anonymised per statement (500)
 */
@ConfigurationProperties("clientcare.privacy")
public record PrivacySettings(int answerWithinWorkingDays, Map<String, Period> retention, String retentionSchedule,
		int retentionChunk) {

	public PrivacySettings {
		answerWithinWorkingDays = answerWithinWorkingDays <= 0 ? 15 : answerWithinWorkingDays;
		Map<DataCategory, Period> periods = new EnumMap<>(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			periods.put(category, Period.ofYears(10));
		}
		if (retention != null) {
			retention.forEach((key, period) -> {
				DataCategory category = DataCategory.ofKey(key).orElseThrow(() -> new IllegalArgumentException(
						"clientcare.privacy.retention." + key + ": no such category of data; one of "
								+ java.util.Arrays.stream(DataCategory.values()).map(DataCategory::key).toList()));
				RetentionPeriods.problem(category, period).ifPresent(problem -> {
					throw new IllegalArgumentException("clientcare.privacy.retention." + key + ": " + problem.message());
				});
				periods.put(category, period);
			});
		}
		Map<String, Period> byKey = new java.util.LinkedHashMap<>();
		periods.forEach((category, period) -> byKey.put(category.key(), period));
		retention = Collections.unmodifiableMap(byKey);
		retentionSchedule = retentionSchedule == null || retentionSchedule.isBlank() ? "DAILY|03:30" : retentionSchedule;
		retentionChunk = retentionChunk <= 0 ? 500 : retentionChunk;
	}

	/** The configured default of each category. */
	public Map<DataCategory, Period> defaultRetention() {
		Map<DataCategory, Period> periods = new EnumMap<>(DataCategory.class);
		retention.forEach((key, period) -> periods.put(DataCategory.ofKey(key).orElseThrow(), period));
		return periods;
	}

	/** Whether {@code a} keeps data longer than {@code b} (compared on a day, as periods of months and days are). */
	static boolean longer(Period a, Period b) {
		LocalDate day = LocalDate.of(2000, 1, 1);
		return day.plus(a).isAfter(day.plus(b));
	}
}
