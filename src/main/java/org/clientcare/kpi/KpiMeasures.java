package org.clientcare.kpi;

import java.math.BigDecimal;

/**
 * The counts of one scope and period that the figures are made of ({@link KpiCalculation}). {@code hesitationDue}: the
 * hesitation-period revisits whose period ended in the period (or that were finished before it ended, done or
 * unreachable), of which {@code hesitationInTime} were done on or before the period's last day. {@code trainingStaff} is
 * {@code null} until the training module's coverage is added ({@link #withTraining}).
 */
public record KpiMeasures(long revisitsDue, long revisitsOnTime, long revisitsRated, long revisitsSatisfied,
		long complaints, long acksDue, long acksOnTime, long resolutionsDue, long resolutionsOnTime, long complaintsRated,
		long complaintsSatisfied, long customers, long individualCustomers, long churned, long activeAtStart,
		BigDecimal aumAtStart, BigDecimal aumAtEnd, long newSettlementAccounts, long newBasicAccounts,
		long reactivatedAccounts, long inquiriesDue, long inquiriesOnTime, Long trainingStaff, long trainingTrained,
		long hesitationDue, long hesitationInTime) {

	/** The same counts with the training module's coverage: {@code staff}, of whom {@code trained}. */
	public KpiMeasures withTraining(long staff, long trained) {
		return new KpiMeasures(revisitsDue, revisitsOnTime, revisitsRated, revisitsSatisfied, complaints, acksDue,
				acksOnTime, resolutionsDue, resolutionsOnTime, complaintsRated, complaintsSatisfied, customers,
				individualCustomers, churned, activeAtStart, aumAtStart, aumAtEnd, newSettlementAccounts, newBasicAccounts,
				reactivatedAccounts, inquiriesDue, inquiriesOnTime, staff, trained, hesitationDue, hesitationInTime);
	}
}
