package org.clientcare.shared;

import java.time.LocalDate;

/**
 * The dates a record keeps: from 1900-01-01 to 9999-12-31. The database and its driver do not keep earlier ones
 * faithfully (a Julian calendar before 1582, a local mean time offset of +08:05:43 before 1901), nor later ones at all,
 * and {@code YYYY-MM-DD} has four digits for the year. The API's JSON reading, a registration (API or import) and a
 * change of a customer's record refuse others with the same words.
 */
public final class KeptDates {

	public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	/** What a refusal says. */
	public static final String RANGE = "A date between " + FIRST + " and " + LAST;

	private KeptDates() {
	}

	/** Whether a date of this year is kept. */
	public static boolean kept(long year) {
		return year >= FIRST.getYear() && year <= LAST.getYear();
	}
}
