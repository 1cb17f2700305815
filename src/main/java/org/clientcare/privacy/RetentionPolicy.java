package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * When a customer's data may go (SPEC §11; AML law 2024 Art. 34): kept {@code retention} after the day the business
 * relationship ended, and anonymised from the day after that — unless a legal hold (an open complaint, litigation,
 * a hold set by compliance, a sale's dual recording still kept) suspends it. Spring-free.
 */
public record RetentionPolicy(Period retention) {

	/** A legal hold that suspends anonymisation. */
	public enum Hold {
		OPEN_COMPLAINT, LITIGATION, COMPLIANCE_HOLD, SALE_RECORDING
	}

	/** The last day the data must be kept. */
	public LocalDate keptUntil(LocalDate relationshipEnded) {
		return relationshipEnded.plus(retention);
	}

	/** The holds that stand in the way of anonymising on {@code today}; none and past the retention: anonymise. */
	public List<String> reasonsToKeep(LocalDate relationshipEnded, LocalDate today, List<Hold> holds) {
		List<String> reasons = new ArrayList<>();
		if (!keptUntil(relationshipEnded).isBefore(today)) {
			reasons.add("RETENTION");
		}
		holds.forEach(hold -> reasons.add(hold.name()));
		return reasons;
	}

	/** The earliest end of a relationship whose retention has passed on {@code today}: ended before this day. */
	public LocalDate endedBefore(LocalDate today) {
		return today.minus(retention);
	}
}
