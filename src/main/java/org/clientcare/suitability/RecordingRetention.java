package org.clientcare.suitability;

import java.time.LocalDate;

/**
 * How long a sale's dual recording (双录) is kept (§7): the product's years after the day of the sale (10 for insurance
 * policies of more than one year, 5 otherwise), and never less than 2 years past the close of a dispute about the sale
 * (a mis-selling remediation opened by a revisit or a complaint); while a dispute is open the recording is held. Past
 * that, the {@code retention} job purges it. Spring-free.
 *
 * @param retainUntil the last day the product's rule keeps the recording
 * @param disputeOpen whether a dispute about the sale is open
 * @param lastDisputeClosedOn the day the last dispute about the sale closed, null when none did
 */
public record RecordingRetention(LocalDate retainUntil, boolean disputeOpen, LocalDate lastDisputeClosedOn) {

	/** The years a recording is kept past the close of a dispute about its sale. */
	public static final int YEARS_PAST_DISPUTE = 2;

	/** The last day the product's rule keeps the recording of a sale on {@code soldOn}. */
	public static LocalDate retainUntil(LocalDate soldOn, int years) {
		return soldOn.plusYears(years);
	}

	/** The last day the recording is kept; null while a dispute is open (held until it closes). */
	public LocalDate keepUntil() {
		if (disputeOpen) {
			return null;
		}
		if (lastDisputeClosedOn == null) {
			return retainUntil;
		}
		LocalDate pastDispute = lastDisputeClosedOn.plusYears(YEARS_PAST_DISPUTE);
		return pastDispute.isAfter(retainUntil) ? pastDispute : retainUntil;
	}

	/** Whether a dispute holds the recording beyond the product's rule on {@code today}. */
	public boolean heldByDispute(LocalDate today) {
		return retainUntil.isBefore(today) && !mayPurge(today);
	}

	/** Whether the recording may be purged on {@code today}: no dispute open and its last day has passed. */
	public boolean mayPurge(LocalDate today) {
		return !disputeOpen && keepUntil().isBefore(today);
	}
}
