package org.clientcare.training;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter written {@code 2026-Q4}, the period of a skill assessment. */
public record Quarter(int year, int quarter) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

	/** The quarter written so; {@code null} for anything else. */
	public static Quarter parse(String text) {
		Matcher m = text == null ? null : FORM.matcher(text.strip());
		return m == null || !m.matches() ? null : new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, 3 * quarter - 2, 1);
	}

	public Quarter previous() {
		return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
	}

	@Override
	public String toString() {
		return year + "-Q" + quarter;
	}
}
