package org.clientcare.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money (CNY) as pages show them in both languages: grouped by thousands with two decimals
 * ({@code 36,000.00}), as the templates format them with {@code #numbers.formatDecimal(x, 1, 'COMMA', 2, 'POINT')};
 * for the texts built in Java, such as an approval's summary.
 */
public final class Amounts {

	private Amounts() {
	}

	/** {@code 36,000.00} for 36000; {@code -} for no amount. */
	public static String format(BigDecimal amount) {
		if (amount == null) {
			return "-";
		}
		// DecimalFormat is not thread-safe: one per call, as cheap as the text it makes
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(amount.setScale(2, RoundingMode.HALF_UP));
	}
}
