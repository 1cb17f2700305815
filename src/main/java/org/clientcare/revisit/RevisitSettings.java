package org.clientcare.revisit;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §5 ({@code clientcare.revisit.*}): a revisit within 7 calendar days of a purchase, 3 working days
 * after a closed complaint, the cadence by tier (DIAMOND 1 month, PLATINUM 3, GOLD 6, every other tier and untiered
 * customers 12), 3 attempts before a revisit is unreachable, re-verification when the ID expires within 30 days or the
 * contact data was verified 12 months ago or more (due 7 days after planning), the planner's schedule, and the
 * questionnaire link's validity; open revisits overdue by more than {@code escalateAfterDays} (default 0: any overdue
 * one) are escalated to the branch manager once; a purchase with a hesitation period (犹豫期) is revisited no later than
 * {@code hesitationRevisitWorkingDaysBefore} (default 2) working days before the period ends.
 */
@ConfigurationProperties("clientcare.revisit")
public record RevisitSettings(Period purchaseWithin, int complaintAfterWorkingDays, Map<String, Integer> cadenceMonths,
		int defaultCadenceMonths, int maxAttempts, int idExpiryWithinDays, int contactVerifiedMonths,
		Period reverificationWithin, String planningSchedule, Duration questionnaireValidFor,
		int escalateAfterDays, int hesitationRevisitWorkingDaysBefore) {

	public RevisitSettings {
		purchaseWithin = purchaseWithin == null ? Period.ofDays(7) : purchaseWithin;
		complaintAfterWorkingDays = complaintAfterWorkingDays == 0 ? 3 : complaintAfterWorkingDays;
		cadenceMonths = cadenceMonths == null || cadenceMonths.isEmpty()
				? Map.of("DIAMOND", 1, "PLATINUM", 3, "GOLD", 6) : Map.copyOf(cadenceMonths);
		defaultCadenceMonths = defaultCadenceMonths == 0 ? 12 : defaultCadenceMonths;
		maxAttempts = maxAttempts == 0 ? 3 : maxAttempts;
		idExpiryWithinDays = idExpiryWithinDays == 0 ? 30 : idExpiryWithinDays;
		contactVerifiedMonths = contactVerifiedMonths == 0 ? 12 : contactVerifiedMonths;
		reverificationWithin = reverificationWithin == null ? Period.ofDays(7) : reverificationWithin;
		planningSchedule = planningSchedule == null ? "DAILY|02:30" : planningSchedule;
		questionnaireValidFor = questionnaireValidFor == null ? Duration.ofDays(14) : questionnaireValidFor;
		hesitationRevisitWorkingDaysBefore = hesitationRevisitWorkingDaysBefore == 0 ? 2 : hesitationRevisitWorkingDaysBefore;
	}

	public static RevisitSettings defaults() {
		return new RevisitSettings(null, 0, null, 0, 0, 0, 0, null, null, null, 0, 0);
	}

	public RevisitCadence cadence() {
		return new RevisitCadence(cadenceMonths, defaultCadenceMonths);
	}
}
