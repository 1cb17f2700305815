package org.clientcare.kpi;

import java.math.BigDecimal;

/**
 * The counts of one scope and period that the figures are made of ({@link KpiCalculation}). {@code trainingStaff} is
 * {@code null} while no training records are kept.
 */
public record KpiMeasures(long revisitsDue, long revisitsOnTime, long revisitsRated, long revisitsSatisfied,
		long complaints, long acksDue, long acksOnTime, long resolutionsDue, long resolutionsOnTime, long complaintsRated,
		long complaintsSatisfied, long customers, long individualCustomers, long churned, long activeAtStart,
		BigDecimal aumAtStart, BigDecimal aumAtEnd, long newSettlementAccounts, long newBasicAccounts,
		long reactivatedAccounts, long inquiriesDue, long inquiriesOnTime, Long trainingStaff, long trainingTrained) {
}
