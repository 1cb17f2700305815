package org.clientcare.shared.kyc;

import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Mainland China mobile number (手机号码), validated against Google libphonenumber metadata.
 *
 * <p>Accepts the 11-digit national form or the {@code +86} international form, with optional
 * spaces, hyphens, dots or parentheses. A number is accepted only when libphonenumber considers it
 * a valid number for region CN of type mobile; landlines and numbers of other regions are
 * rejected. Letters are never accepted, so vanity spellings and trailing text are rejected too.
 *
 * <p>The form nearly every import row has, eleven digits starting with 1, is judged by a table of libphonenumber's own
 * verdicts for the number's first {@value #PREFIX_DIGITS} digits: its patterns for China decide such a number by those
 * digits alone (parsing one costs several microseconds of pattern matching, which a bulk import paid for every row).
 * Each prefix's verdict is worked out on first use by asking libphonenumber about representative numbers of the prefix
 * — the lowest, the highest and some between; a prefix whose numbers libphonenumber would read otherwise than as
 * themselves (a carrier code or an international prefix taken off) or judge differently is left out of the table, and
 * its numbers, like every other form, go to libphonenumber as before. The rule so stays libphonenumber's;
 * {@code MainlandMobileTest} shows the table agreeing with it over every prefix it covers.
 */
public final class MainlandMobile {

	private static final String REGION = "CN";
	private static final int COUNTRY_CODE = 86;
	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
	private static final Set<PhoneNumberType> MOBILE_TYPES =
			Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

	/** The digits of an eleven-digit number that decide its verdict in the table. */
	static final int PREFIX_DIGITS = 5;

	private static final int FIRST_PREFIX = 10_000;

	private static final byte UNKNOWN = 0;

	private static final byte MOBILE = 1;

	private static final byte NOT_MOBILE = 2;

	private static final byte ASK = 3;

	/** The rest of a number after its prefix, for the representatives of each prefix asked about. */
	private static final String[] REPRESENTATIVES = { "000000", "999999", "008613", "505050" };

	/**
	 * Per prefix 10000–19999: unknown yet, mobile, not mobile, or ask libphonenumber. Written by whichever thread meets
	 * a prefix first; a thread that sees no verdict yet works it out again, to the same verdict.
	 */
	private static final byte[] VERDICTS = new byte[FIRST_PREFIX];

	private MainlandMobile() {
	}

	/** Returns the 11-digit national number when {@code value} is a valid CN mobile number. */
	public static Optional<String> normalize(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String candidate = value.strip();
		if (elevenDigitsFromOne(candidate)) {
			byte verdict = verdict(Integer.parseInt(candidate, 0, PREFIX_DIGITS, 10));
			if (verdict == MOBILE) {
				return Optional.of(candidate);
			}
			if (verdict == NOT_MOBILE) {
				return Optional.empty();
			}
		}
		return viaLibphonenumber(candidate);
	}

	/**
	 * libphonenumber's verdict on {@code candidate} (stripped already): the 11-digit national number when it is a valid
	 * CN mobile number.
	 */
	static Optional<String> viaLibphonenumber(String candidate) {
		if (!allowedCharacters(candidate)) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = PHONE_NUMBERS.parse(candidate, REGION);
			// Valid for CN and of a mobile type, with the number's type worked out once: +86 belongs to CN alone, so
			// its type is the one isValidNumberForRegion(number, "CN") compares with UNKNOWN, and a mobile type is not
			// UNKNOWN. (Each type look-up matches the number against the region's patterns one type after another.)
			if (number.getCountryCode() != COUNTRY_CODE || !MOBILE_TYPES.contains(PHONE_NUMBERS.getNumberType(number))) {
				return Optional.empty();
			}
			return Optional.of(PHONE_NUMBERS.getNationalSignificantNumber(number));
		} catch (NumberParseException e) {
			return Optional.empty();
		}
	}

	/** Whether {@code value} is eleven ASCII digits, the first a 1: the form the table judges. */
	private static boolean elevenDigitsFromOne(String value) {
		if (value.length() != 11 || value.charAt(0) != '1') {
			return false;
		}
		for (int i = 1; i < 11; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** The table's verdict for eleven-digit numbers starting with {@code prefix} (10000–19999), worked out once. */
	private static byte verdict(int prefix) {
		byte verdict = VERDICTS[prefix - FIRST_PREFIX];
		if (verdict == UNKNOWN) {
			verdict = derive(prefix);
			VERDICTS[prefix - FIRST_PREFIX] = verdict;
		}
		return verdict;
	}

	/**
	 * libphonenumber's verdict on the prefix's representative numbers: mobile or not mobile when it reads each of them
	 * as itself and judges them all alike; else ask it about each number.
	 */
	private static byte derive(int prefix) {
		Boolean mobile = null;
		for (String rest : REPRESENTATIVES) {
			String number = prefix + rest;
			try {
				PhoneNumber parsed = PHONE_NUMBERS.parse(number, REGION);
				if (parsed.getCountryCode() != COUNTRY_CODE || !number.equals(PHONE_NUMBERS.getNationalSignificantNumber(parsed))) {
					return ASK;
				}
				boolean isMobile = MOBILE_TYPES.contains(PHONE_NUMBERS.getNumberType(parsed));
				if (mobile != null && mobile != isMobile) {
					return ASK;
				}
				mobile = isMobile;
			}
			catch (NumberParseException e) {
				return ASK;
			}
		}
		return mobile ? MOBILE : NOT_MOBILE;
	}

	/**
	 * Whether the table judges eleven-digit numbers starting with {@code prefix} (10000–19999) itself, and how:
	 * empty when it leaves them to libphonenumber.
	 */
	static Optional<Boolean> tableVerdict(int prefix) {
		byte verdict = verdict(prefix);
		return verdict == ASK ? Optional.empty() : Optional.of(verdict == MOBILE);
	}

	/** Whether {@code value} is not empty and of digits, {@code +}, spaces, parentheses, hyphens and dots only. */
	private static boolean allowedCharacters(String value) {
		if (value.isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(c >= '0' && c <= '9' || c == '+' || c == ' ' || c == '(' || c == ')' || c == '-' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	public static boolean isValid(String value) {
		return normalize(value).isPresent();
	}
}
