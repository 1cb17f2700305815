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
 */
public final class MainlandMobile {

	private static final String REGION = "CN";
	private static final int COUNTRY_CODE = 86;
	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
	private static final Set<PhoneNumberType> MOBILE_TYPES =
			Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

	private MainlandMobile() {
	}

	/** Returns the 11-digit national number when {@code value} is a valid CN mobile number. */
	public static Optional<String> normalize(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String candidate = value.strip();
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
