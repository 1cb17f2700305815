package org.clientcare.revisit;

import java.time.LocalDate;

import org.clientcare.shared.problem.InvalidInput;

/**
 * A cadence revisit done before ClientCare, as a migration from the previous system brings it: the day it was done,
 * the day it was due (the same day when it was done on time; earlier when it was done late), and, where the customer
 * rated it, the satisfaction (1–5; null when not rated).
 */
public record EarlierRevisit(LocalDate day, LocalDate dueDate, Integer satisfaction) {

	public EarlierRevisit {
		if (day == null) {
			throw InvalidInput.of("day", "required", "The day the revisit was done");
		}
		dueDate = dueDate == null ? day : dueDate;
		if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
			throw InvalidInput.of("satisfaction", "range", "Satisfaction from 1 to 5");
		}
	}

	/** A revisit done on the day it was due. */
	public EarlierRevisit(LocalDate day, Integer satisfaction) {
		this(day, day, satisfaction);
	}
}
