package org.clientcare.shared.pii;

import java.time.LocalDate;

/**
 * Display masking of personal information (个人信息脱敏) for screens, exports and logs.
 *
 * <p>Every method returns {@code null} for {@code null}, works on Unicode code points (so Chinese
 * text, including supplementary characters, is never split) and strips surrounding whitespace.
 * Identifiers replace each hidden character with one {@code *}; e-mail and address use a fixed
 * marker so their length is not revealed. Personal names are deliberately not masked.
 */
public final class Masking {

	private static final int RESIDENT_ID_MIN_LENGTH = 15;
	private static final int MOBILE_LENGTH = 11;
	private static final int ADDRESS_VISIBLE = 6;

	private Masking() {
	}

	/**
	 * Keeps the first 6 and last 4 characters of a resident ID ({@code 110105********002X}); for
	 * shorter documents such as passports keeps the first and the last 2 characters.
	 */
	public static String idNumber(String value) {
		if (value == null) {
			return null;
		}
		String id = value.strip();
		return codePointLength(id) >= RESIDENT_ID_MIN_LENGTH ? keep(id, 6, 4) : keep(id, 1, 2);
	}

	private static final java.util.regex.Pattern RESIDENT_ID_IN_TEXT = java.util.regex.Pattern
		.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");

	private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern
		.compile("(?<![0-9A-Za-z.])1[3-9]\\d{9}(?![0-9A-Za-z.])");

	/**
	 * Masks every resident ID number and mainland mobile number that appears in free text (a reason, a title typed
	 * by staff), as {@link #idNumber} and {@link #phone} would: for records kept after the customer is anonymised,
	 * such as the audit trail.
	 */
	public static String inText(String text) {
		if (text == null || text.length() < 11) {
			return text;
		}
		String masked = RESIDENT_ID_IN_TEXT.matcher(text).replaceAll(m -> idNumber(m.group()));
		return MOBILE_IN_TEXT.matcher(masked).replaceAll(m -> phone(m.group()));
	}

	/** Keeps the first 3 and last 4 digits of an 11-digit number ({@code 138****8000}), else the last 4. */
	public static String phone(String value) {
		if (value == null) {
			return null;
		}
		String phone = value.strip();
		return codePointLength(phone) == MOBILE_LENGTH ? keep(phone, 3, 4) : keep(phone, 0, 4);
	}

	/** Keeps the first character of the local part and the domain ({@code z***@example.com}). */
	public static String email(String value) {
		if (value == null) {
			return null;
		}
		String email = value.strip();
		int at = email.lastIndexOf('@');
		String local = at < 0 ? email : email.substring(0, at);
		String domain = at < 0 ? "" : email.substring(at);
		return head(local, 1) + "***" + domain;
	}

	/** Keeps the first 6 characters followed by {@code ****}; shorter addresses keep only the first. */
	public static String address(String value) {
		if (value == null) {
			return null;
		}
		String address = value.strip();
		if (address.isEmpty()) {
			return address;
		}
		int visible = codePointLength(address) > ADDRESS_VISIBLE ? ADDRESS_VISIBLE : 1;
		return head(address, visible) + "****";
	}

	/** Keeps only the year ({@code 1949-**-**}). */
	public static String birthDate(LocalDate value) {
		if (value == null) {
			return null;
		}
		int year = value.getYear();
		if (year < 0 || year > 9999) {
			return String.format("%04d-**-**", year);
		}
		// as the format above, without a Formatter for every customer of a list
		return new StringBuilder(10).append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
			.append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10)).append("-**-**").toString();
	}

	private static String keep(String value, int head, int tail) {
		int length = codePointLength(value);
		if (length <= head + tail) {
			return "*".repeat(length);
		}
		int tailStart = value.offsetByCodePoints(0, length - tail);
		return head(value, head) + "*".repeat(length - head - tail) + value.substring(tailStart);
	}

	private static String head(String value, int codePoints) {
		int count = Math.min(codePoints, codePointLength(value));
		return value.substring(0, value.offsetByCodePoints(0, count));
	}

	private static int codePointLength(String value) {
		return value.codePointCount(0, value.length());
	}
}
