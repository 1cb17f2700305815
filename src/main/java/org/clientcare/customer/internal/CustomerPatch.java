package org.clientcare.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.clientcare.customer.BankBranch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.Gender;
import org.clientcare.customer.IdType;
import org.clientcare.shared.KeptDates;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

/**
 * A JSON merge-patch of a customer turned into column changes, after the same rules as registration. The identity
 * document itself is not changed by a patch (a new document means a new KYC), but its expiry is.
 *
 * @param columns column → new value (PII encrypted, and beside it its masked form as views show it)
 * @param fields  the API field names that changed
 */
public record CustomerPatch(Map<String, Object> columns, Set<String> fields) {

	private static final Set<String> PATCHABLE = Set.of("name", "phone", "email", "address", "occupation",
			"familyStatus", "gender", "birthDate", "idExpiry", "status", "contactVerified", "fortuneGlobal500",
			"chinaTop500", "bankBranch");

	/** The corporate standing (§3): booleans (null: false) and a bank branch kind, for corporates only. */
	private static final Set<String> CORPORATE_ONLY = Set.of("fortuneGlobal500", "chinaTop500", "bankBranch");

	public static CustomerPatch of(CustomerRow row, Map<String, Object> changes, PiiCipher pii, Clock clock) {
		var problems = new InvalidInput.Collector();
		Map<String, Object> columns = new LinkedHashMap<>();
		Set<String> fields = new LinkedHashSet<>();
		boolean residentId = IdType.valueOf(row.idType()) == IdType.RESIDENT_ID;
		CustomerStatus newStatus = null;
		for (var change : changes.entrySet()) {
			String field = change.getKey();
			Object value = change.getValue();
			if (!PATCHABLE.contains(field)) {
				problems.add(field, "not-patchable", "'" + field + "' cannot be changed here");
				continue;
			}
			if (CORPORATE_ONLY.contains(field) && CustomerType.valueOf(row.type()) == CustomerType.INDIVIDUAL) {
				problems.add(field, "corporate-only", "'" + field + "' applies to corporate customers only");
				continue;
			}
			boolean flag = field.equals("fortuneGlobal500") || field.equals("chinaTop500");
			if (flag && value != null && !(value instanceof Boolean)) {
				problems.add(field, "type", "'" + field + "' must be true, false or null");
				continue;
			}
			if (value != null && !(value instanceof String) && !field.equals("contactVerified") && !flag) {
				problems.add(field, "type", "'" + field + "' must be a string or null");
				continue;
			}
			String text = value instanceof String string ? string.strip() : null;
			switch (field) {
				case "name" -> {
					if (text == null || text.isEmpty() || text.length() > 200) {
						problems.add(field, "size", "A name of 1–200 characters is required");
					}
					else {
						columns.put("name", text);
					}
				}
				case "phone" -> {
					String phone = KycRules.mobile(text, problems);
					columns.put("phone_enc", pii.encrypt(phone));
					columns.put("phone_hash", pii.searchHash(phone));
					columns.put("phone_masked", Masking.phone(phone));
				}
				case "email" -> {
					String email = sized(field, KycRules.email(text, problems), 200, problems);
					columns.put("email_enc", pii.encrypt(email));
					columns.put("email_masked", Masking.email(email));
				}
				case "address" -> {
					String address = sized(field, emptyToNull(text), 300, problems);
					columns.put("address_enc", pii.encrypt(address));
					columns.put("address_masked", Masking.address(address));
				}
				case "occupation" -> columns.put("occupation", sized(field, emptyToNull(text), 100, problems));
				case "familyStatus" -> columns.put("family_status", sized(field, emptyToNull(text), 16, problems));
				case "gender" -> {
					if (residentId) {
						problems.add(field, "from-document", "The gender comes from the resident ID number");
					}
					else {
						Gender gender = parse(Gender.class, field, text, problems);
						columns.put("gender", gender == null ? null : gender.name());
					}
				}
				case "birthDate" -> {
					if (residentId) {
						problems.add(field, "from-document", "The birth date comes from the resident ID number");
					}
					else {
						LocalDate date = date(field, text, problems);
						if (date != null && date.isAfter(LocalDate.now(clock))) {
							problems.add(field, "range", "The birth date cannot lie in the future");
						}
						columns.put("birth_date_enc", pii.encrypt(date == null ? null : date.toString()));
						columns.put("birth_date_masked", Masking.birthDate(date));
					}
				}
				case "idExpiry" -> columns.put("id_expiry", date(field, text, problems));
				case "status" -> {
					newStatus = parse(CustomerStatus.class, field, text, problems);
					if (text == null) {
						problems.add(field, "required", "A status is required");
					}
				}
				case "contactVerified" -> {
					if (!Boolean.TRUE.equals(value)) {
						problems.add(field, "invalid", "Only true: the contact data was verified with the customer now");
					}
					else {
						columns.put("contact_verified_at", java.sql.Timestamp.from(clock.instant()));
					}
				}
				case "fortuneGlobal500" -> columns.put("fortune_global_500", Boolean.TRUE.equals(value));
				case "chinaTop500" -> columns.put("china_top_500", Boolean.TRUE.equals(value));
				case "bankBranch" -> {
					BankBranch branch = parse(BankBranch.class, field, text, problems);
					columns.put("bank_branch", branch == null ? null : branch.name());
				}
				default -> throw new IllegalStateException(field);
			}
			fields.add(field);
		}
		problems.throwIfAny();
		if (newStatus != null) {
			statusChange(row, newStatus, clock, columns);
		}
		return new CustomerPatch(columns, fields);
	}

	private static void statusChange(CustomerRow row, CustomerStatus next, Clock clock,
			Map<String, Object> columns) {
		CustomerStatus current = CustomerStatus.valueOf(row.status());
		if (next == current) {
			return;
		}
		if (!current.canBecome(next)) {
			throw new Conflict("illegal-transition", "A " + current + " customer cannot become " + next);
		}
		if (next == CustomerStatus.CLOSED) {
			throw new Conflict("closure-needs-approval",
					"Closing a customer needs a second person's approval: POST /api/v1/customers/{id}/closure");
		}
		columns.put("status", next.name());
		columns.put("closed_at", next == CustomerStatus.CLOSED ? java.sql.Timestamp.from(clock.instant()) : null);
	}

	private static String sized(String field, String value, int max, InvalidInput.Collector problems) {
		if (value != null && value.length() > max) {
			problems.add(field, "size", "At most " + max + " characters");
		}
		return value;
	}

	private static LocalDate date(String field, String text, InvalidInput.Collector problems) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problems.add(field, "type", "A date YYYY-MM-DD is expected");
			return null;
		}
		// the dates a registration takes: a birth date of the year 1 or a document valid until 99999 were kept
		if (!KeptDates.kept(date.getYear())) {
			problems.add(field, "range", KeptDates.RANGE);
			return null;
		}
		return date;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, InvalidInput.Collector problems) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException e) {
			problems.add(field, "type", "Unknown value '" + text + "'");
			return null;
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
