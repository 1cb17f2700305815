package org.clientcare.shared.kyc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

	private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
	private static final Pattern FIRST_17 = Pattern.compile("[0-9]{17}");
	private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	private static final String CHECK_CHARS = "10X98765432";
	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
	private static final DateTimeFormatter BIRTH_DATE_FORMAT =
			DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

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
		if (!SHAPE.matcher(id).matches()) {
			return Optional.of(FORMAT);
		}
		Optional<LocalDate> birthDate = parseBirthDate(id);
		if (birthDate.isEmpty() || birthDate.get().isBefore(EARLIEST_BIRTH_DATE)) {
			return Optional.of(BIRTH_DATE);
		}
		if (id.charAt(17) != checkChar(id.substring(0, 17))) {
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
		if (first17 == null || !FIRST_17.matcher(first17).matches()) {
			throw new IllegalArgumentException("Expected 17 digits but got: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11);
	}

	private static String requireValid(String value) {
		problem(value).ifPresent(problem -> {
			throw new IllegalArgumentException("Invalid resident ID number (" + problem + ")");
		});
		return normalize(value);
	}

	private static Optional<LocalDate> parseBirthDate(String id) {
		try {
			return Optional.of(LocalDate.parse(id.substring(6, 14), BIRTH_DATE_FORMAT));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
