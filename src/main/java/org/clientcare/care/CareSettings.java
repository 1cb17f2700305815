package org.clientcare.care;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.clientcare.notification.Purpose;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of customer care ({@code clientcare.care.*}).
 *
 * @param greetingsPurpose  how greetings count: {@code MARKETING} (the default: they need marketing consent, keep quiet
 *                          hours and carry an unsubscribe link) or {@code SERVICE}
 * @param greetingsSchedule when the {@code greetings} job runs (db-scheduler), by default {@code DAILY|09:00}, inside
 *                          the send window
 * @param giftBudget        the gift budget per tier (CNY) of the account manager's to-do the day before an occasion;
 *                          only the tiers named here get one (default DIAMOND 800.00, PLATINUM 500.00)
 * @param batchSize         customers given a care profile together, in one transaction (1,000)
 * @param campaignSchedule  when the {@code campaigns} job runs (db-scheduler), by default {@code FIXED_DELAY|60s}
 * @param campaignBatch     at most this many messages of one campaign per run of the job (throttling; 500)
 * @param checkInOpensBefore how long before an event's start its guests may be checked in (3 hours: on the event's
 *                          day, as the doors open)
 * @param checkInClosesAfter how long after an event's start attendance may still be recorded (24 hours: a paper list
 *                          of the evening can be entered the next day)
 */
@ConfigurationProperties("clientcare.care")
public record CareSettings(Purpose greetingsPurpose, String greetingsSchedule, Map<String, BigDecimal> giftBudget,
		int batchSize, String campaignSchedule, int campaignBatch, Duration checkInOpensBefore,
		Duration checkInClosesAfter) {

	public CareSettings {
		greetingsPurpose = greetingsPurpose == null ? Purpose.MARKETING : greetingsPurpose;
		greetingsSchedule = greetingsSchedule == null || greetingsSchedule.isBlank() ? "DAILY|09:00" : greetingsSchedule;
		giftBudget = giftBudget == null || giftBudget.isEmpty()
				? Map.of("DIAMOND", new BigDecimal("800.00"), "PLATINUM", new BigDecimal("500.00")) : Map.copyOf(giftBudget);
		batchSize = batchSize <= 0 ? 1000 : batchSize;
		campaignSchedule = campaignSchedule == null || campaignSchedule.isBlank() ? "FIXED_DELAY|60s" : campaignSchedule;
		campaignBatch = campaignBatch <= 0 ? 500 : campaignBatch;
		checkInOpensBefore = checkInOpensBefore == null || checkInOpensBefore.isNegative() ? Duration.ofHours(3)
				: checkInOpensBefore;
		checkInClosesAfter = checkInClosesAfter == null || checkInClosesAfter.isNegative() ? Duration.ofHours(24)
				: checkInClosesAfter;
	}

	public static CareSettings defaults() {
		return new CareSettings(null, null, null, 0, null, 0, null, null);
	}
}
