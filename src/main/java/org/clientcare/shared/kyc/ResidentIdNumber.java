package org.clientcare.shared.kyc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * China resident identity number (居民身份证号码) per GB 11643-1999.
 *
 * <p>A valid number has 18 characters: a 6-digit area code, an 8-digit birth date
 * {@code yyyyMMdd} on or after 1900-01-01, a 3-digit sequence code whose last digit is odd for
 * men and even for women, and an ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}).
 * Input is {@linkplain #normalize(String) normalized} first, so surrounding whitespace and a
 * lower-case {@code x} are accepted.
 */
public final class ResidentIdNumber {

	public static final String FORMAT = "format";
	public static final String BIRTH_DATE = "birthDate";
	public static final String CHECKSUM = "checksum";

	private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	private static final String CHECK_CHARS = "10X98765432";
	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private ResidentIdNumber() {
	}

	/**
	 * Returns the first problem found, {@code "format"}, {@code "birthDate"} or {@code "checksum"},
	 * or empty when the number is valid. {@code null} is a {@code "format"} problem.
	 */
	public static Optional<String> problem(String value) {
		if (value == null) {
			return Optional.of(FORMAT);
		}
		String id = normalize(value);
		if (!shaped(id)) {
			return Optional.of(FORMAT);
		}
		Optional<LocalDate> birthDate = parseBirthDate(id);
		if (birthDate.isEmpty() || birthDate.get().isBefore(EARLIEST_BIRTH_DATE)) {
			return Optional.of(BIRTH_DATE);
		}
		if (id.charAt(17) != weightedCheckChar(id)) {
			return Optional.of(CHECKSUM);
		}
		return Optional.empty();
	}

	/** Whether {@code id} has the shape {@code [0-9]{17}[0-9X]}. */
	private static boolean shaped(String id) {
		if (id.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!digit(id.charAt(i))) {
				return false;
			}
		}
		return digit(id.charAt(17)) || id.charAt(17) == 'X';
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	/** Trims and upper-cases; {@code null} stays {@code null}. */
	public static String normalize(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException if {@code valid} is not a valid number */
	public static LocalDate birthDate(String valid) {
		return parseBirthDate(requireValid(valid)).orElseThrow();
	}

	/**
	 * Returns {@code "MALE"} when the 17th digit is odd, otherwise {@code "FEMALE"}.
	 *
	 * @throws IllegalArgumentException if {@code valid} is not a valid number
	 */
	public static String gender(String valid) {
		int sequenceDigit = requireValid(valid).charAt(16) - '0';
		return sequenceDigit % 2 == 1 ? "MALE" : "FEMALE";
	}

	/**
	 * Computes the ISO 7064 MOD 11-2 check character for the first 17 digits.
	 *
	 * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
	 */
	public static char checkChar(String first17) {
		if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> digit((char) c))) {
			throw new IllegalArgumentException("Expected 17 digits but got: " + first17);
		}
		return weightedCheckChar(first17);
	}

	/** The check character of the first 17 characters of {@code id}, which are digits. */
	private static char weightedCheckChar(String id) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11);
	}

	private static String requireValid(String value) {
		problem(value).ifPresent(problem -> {
			throw new IllegalArgumentException("Invalid resident ID number (" + problem + ")");
		});
		return normalize(value);
	}

	/** The birth date of a number of the right shape: its digits 7–14 as {@code uuuuMMdd}, a real date, or empty. */
	private static Optional<LocalDate> parseBirthDate(String id) {
		int year = number(id, 6, 10);
		int month = number(id, 10, 12);
		int day = number(id, 12, 14);
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.of(year, month, day));
	}

	private static int number(String digits, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			n = n * 10 + digits.charAt(i) - '0';
		}
		return n;
	}
}
