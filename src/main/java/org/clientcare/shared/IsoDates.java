package org.clientcare.shared;

import java.time.LocalDate;

/** ISO dates read as {@link LocalDate#parse} reads them, quickly for the common {@code yyyy-MM-dd}. */
public final class IsoDates {

	private IsoDates() {
	}

	/**
	 * A {@code yyyy-MM-dd} date read without a formatter (an import reads three a row, a list masks twenty); any other
	 * text as {@link LocalDate#parse} reads it. The same dates, the same refusals ({@link java.time.DateTimeException}).
	 */
	public static LocalDate parse(String text) {
		boolean plain = text.length() == 10;
		for (int i = 0; plain && i < 10; i++) {
			char ch = text.charAt(i);
			plain = i == 4 || i == 7 ? ch == '-' : ch >= '0' && ch <= '9';
		}
		return plain ? LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
				Integer.parseInt(text, 8, 10, 10)) : LocalDate.parse(text);
	}
}
