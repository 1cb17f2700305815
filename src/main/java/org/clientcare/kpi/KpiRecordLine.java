package org.clientcare.kpi;

import java.time.LocalDate;

/**
 * One record behind a figure (the drill-down): a revisit, complaint, inquiry, account or customer, the day that put
 * it in the period, what it is, and whether it counts in the figure's numerator (e.g. the revisit was done in time).
 */
public record KpiRecordLine(Kind kind, long id, Long customerId, String reference, LocalDate day, String status,
		Integer satisfaction, boolean counted) {

	/** What the record is; each has its own page. */
	public enum Kind {
		REVISIT, COMPLAINT, INQUIRY, ACCOUNT, CUSTOMER
	}
}
