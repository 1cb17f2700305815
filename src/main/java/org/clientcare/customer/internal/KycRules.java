package org.clientcare.customer.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.clientcare.customer.Gender;
import org.clientcare.customer.IdType;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.kyc.ResidentIdNumber;
import org.clientcare.shared.kyc.UnifiedSocialCreditCode;
import org.clientcare.shared.problem.InvalidInput;

/**
 * The KYC rules for identity documents and contact data (SPEC §2): GB 11643 check digit and embedded birth date for
 * resident IDs, GB 32100 check character for USCCs, plausible formats for other documents, mainland mobile numbers.
 */
public final class KycRules {

	private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

	private static final Pattern HK_MACAO_PERMIT = Pattern.compile("[HM][0-9]{8}([0-9]{2})?");

	private static final Pattern TAIWAN_PERMIT = Pattern.compile("[0-9]{8}([0-9]{2})?");

	private static final Pattern FOREIGN_PERMANENT_RESIDENT = Pattern.compile("[A-Z]{3}[0-9]{12}|9[0-9]{16}[0-9X]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private KycRules() {
	}

	/** The document's number in stored form (trimmed, upper case), or the problem with it recorded. */
	public static String document(IdType type, String number, InvalidInput.Collector problems) {
		String normalised = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
		Optional<String> problem = switch (type) {
			case RESIDENT_ID -> ResidentIdNumber.problem(normalised);
			case USCC -> UnifiedSocialCreditCode.problem(normalised);
			case PASSPORT -> matches(PASSPORT, normalised);
			case HK_MACAO_PERMIT -> matches(HK_MACAO_PERMIT, normalised);
			case TAIWAN_PERMIT -> matches(TAIWAN_PERMIT, normalised);
			case FOREIGN_PERMANENT_RESIDENT -> matches(FOREIGN_PERMANENT_RESIDENT, normalised);
		};
		problem.ifPresent(code -> problems.add("idNumber", code, message(type, code)));
		return normalised;
	}

	/** The birth date to store: the one given, which for a resident ID must agree with the number. */
	public static LocalDate birthDate(IdType type, String number, LocalDate given, LocalDate today,
			InvalidInput.Collector problems) {
		if (given != null && (given.isAfter(today) || given.isBefore(LocalDate.of(1900, 1, 1)))) {
			problems.add("birthDate", "range", "The birth date must lie between 1900-01-01 and today");
			return given;
		}
		if (type != IdType.RESIDENT_ID || problems.has("idNumber")) {
			return given;
		}
		LocalDate inNumber = ResidentIdNumber.birthDate(number);
		if (given != null && !given.equals(inNumber)) {
			problems.add("birthDate", "mismatch", "The birth date does not agree with the resident ID number (" + inNumber + ")");
		}
		return inNumber;
	}

	/** The gender to store: for a resident ID, the one the number encodes, which a given one must agree with. */
	public static Gender gender(IdType type, String number, Gender given, InvalidInput.Collector problems) {
		if (type != IdType.RESIDENT_ID || problems.has("idNumber")) {
			return given;
		}
		Gender inNumber = Gender.valueOf(ResidentIdNumber.gender(number));
		if (given != null && given != inNumber) {
			problems.add("gender", "mismatch", "The gender does not agree with the resident ID number");
		}
		return inNumber;
	}

	/** A mainland mobile number as 11 digits, or the problem recorded; blank means none. */
	public static String mobile(String phone, InvalidInput.Collector problems) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		Optional<String> normalised = MainlandMobile.normalize(phone);
		if (normalised.isEmpty()) {
			problems.add("phone", "format", "Not a mainland China mobile number");
			return null;
		}
		return normalised.get();
	}

	public static String email(String email, InvalidInput.Collector problems) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String trimmed = email.strip();
		if (!EMAIL.matcher(trimmed).matches()) {
			problems.add("email", "format", "Not an email address");
		}
		return trimmed;
	}

	private static Optional<String> matches(Pattern pattern, String value) {
		return pattern.matcher(value).matches() ? Optional.empty() : Optional.of("format");
	}

	private static String message(IdType type, String code) {
		return switch (code) {
			case "checksum" -> "The check character of the " + type + " number is wrong";
			case "birthDate" -> "The birth date inside the resident ID number is not a real date";
			default -> "Not a valid " + type + " number";
		};
	}
}
