package org.clientcare.shared.kyc;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unified social credit code (统一社会信用代码) of an organisation per GB 32100-2015.
 *
 * <p>A valid code has 18 characters from the alphabet {@value #ALPHABET} (digits and upper-case
 * letters without I, O, S, V and Z). The last character is a check character: with each
 * character's value being its index in the alphabet, the check value is
 * {@code 31 - (Σ value × weight mod 31)}, where 31 becomes 0. Input is
 * {@linkplain #normalize(String) normalized} first.
 */
public final class UnifiedSocialCreditCode {

	public static final String FORMAT = "format";
	public static final String CHECKSUM = "checksum";
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{18}");
	private static final Pattern FIRST_17 = Pattern.compile("[" + ALPHABET + "]{17}");
	private static final int[] WEIGHTS =
			{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

	private UnifiedSocialCreditCode() {
	}

	/**
	 * Returns {@code "format"} or {@code "checksum"} for an invalid code, or empty when valid.
	 * {@code null} is a {@code "format"} problem.
	 */
	public static Optional<String> problem(String value) {
		if (value == null) {
			return Optional.of(FORMAT);
		}
		String code = normalize(value);
		if (!SHAPE.matcher(code).matches()) {
			return Optional.of(FORMAT);
		}
		if (code.charAt(17) != checkChar(code.substring(0, 17))) {
			return Optional.of(CHECKSUM);
		}
		return Optional.empty();
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	/** Trims and upper-cases; {@code null} stays {@code null}. */
	public static String normalize(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Computes the check character for the first 17 characters.
	 *
	 * @throws IllegalArgumentException unless {@code first17} is 17 characters of the alphabet
	 */
	public static char checkChar(String first17) {
		if (first17 == null || !FIRST_17.matcher(first17).matches()) {
			throw new IllegalArgumentException(
					"Expected 17 characters of " + ALPHABET + " but got: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}
}
