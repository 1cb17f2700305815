package org.clientcare.customer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;

import org.clientcare.customer.internal.KycRules;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.KeptDates;
import org.clientcare.shared.problem.InvalidInput;

/**
 * The registration rules (客户登记, SPEC §2) for a new customer, whether staff register it through the API or it comes
 * in a bulk import: an individual holds a personal document and an organisation its USCC; the document passes the
 * {@link KycRules} (check digits, the birth date and gender inside a resident ID); a mainland mobile number and an
 * e-mail address, if given, are well formed; the document has not expired (nor expires after 9999); the relationship
 * does not start in the future nor before 1900 (none given: today); a new customer is {@code ACTIVE} (the default) or a {@code PROSPECT}; it belongs to a
 * branch or sub-branch, and its account manager, if any, is an enabled account manager working in that unit, above it
 * or below it. Who may register where is the caller's business ({@code Registrations}). Every problem is recorded
 * naming its field; the rules go on after one, so that all are reported at once.
 */
public final class RegistrationRules {

	private final LocalDate today;

	public RegistrationRules(LocalDate today) {
		this.today = today;
	}

	/**
	 * A new customer as given. A value is null where it was left out, or where it could not be read (and a problem was
	 * recorded for its field already: the rules then leave that field alone).
	 */
	public record Application(CustomerType type, IdType idType, String idNumber, LocalDate idExpiry, LocalDate birthDate,
			Gender gender, String phone, String email, LocalDate relationshipSince, CustomerStatus status) {
	}

	/** What is stored: the document number normalised, the birth date and gender a resident ID carries, and so on. */
	public record Registration(String idNumber, LocalDate birthDate, Gender gender, String phone, String email,
			LocalDate relationshipSince, CustomerStatus status) {
	}

	/** The customer's own facts checked; {@code null} fields of the answer only where a problem was recorded. */
	public Registration check(Application a, InvalidInput.Collector problems) {
		String idNumber = null;
		LocalDate birthDate = a.birthDate();
		Gender gender = a.gender();
		if (a.idType() != null) {
			if (a.type() != null && a.type() == CustomerType.INDIVIDUAL != a.idType().personal()) {
				problems.add("idType", "type-mismatch", a.type() == CustomerType.INDIVIDUAL
						? "An individual is identified by a personal document" : "An organisation is identified by its USCC");
			}
			idNumber = KycRules.document(a.idType(), a.idNumber(), problems);
			if (idNumber.isEmpty() && !problems.has("idNumber")) {
				problems.add("idNumber", "required", "'idNumber' is required");
			}
			if (!problems.has("birthDate")) {
				birthDate = KycRules.birthDate(a.idType(), idNumber, birthDate, today, problems);
			}
			if (!problems.has("gender")) {
				gender = KycRules.gender(a.idType(), idNumber, gender, problems);
			}
		}
		else if (a.idNumber() == null || a.idNumber().isBlank()) {
			problems.add("idNumber", "required", "'idNumber' is required");
		}
		String phone = problems.has("phone") ? null : KycRules.mobile(a.phone(), problems);
		String email = problems.has("email") ? null : KycRules.email(a.email(), problems);
		if (a.idExpiry() != null && a.idExpiry().isBefore(today)) {
			problems.add("idExpiry", "expired", "The identity document has expired");
		}
		else if (a.idExpiry() != null && a.idExpiry().isAfter(KeptDates.LAST)) {
			problems.add("idExpiry", "range", "An expiry date up to " + KeptDates.LAST + "; none for a document without one");
		}
		LocalDate since = a.relationshipSince() == null ? today : a.relationshipSince();
		if (since.isAfter(today)) {
			problems.add("relationshipSince", "range", "The relationship cannot start in the future");
		}
		else if (since.isBefore(KeptDates.FIRST)) {
			problems.add("relationshipSince", "range", "The relationship cannot start before " + KeptDates.FIRST);
		}
		CustomerStatus status = a.status() == null ? CustomerStatus.ACTIVE : a.status();
		if (status != CustomerStatus.ACTIVE && status != CustomerStatus.PROSPECT) {
			problems.add("status", "invalid", "A new customer is ACTIVE or a PROSPECT");
		}
		return new Registration(idNumber, birthDate, gender, phone, email, since, status);
	}

	/** The customer's unit: a branch or a sub-branch (not a department); null, with the problem, otherwise. */
	public static OrgUnit unit(Optional<OrgUnit> unit, InvalidInput.Collector problems) {
		if (unit.isEmpty() || unit.get().kind() == OrgUnit.Kind.DEPARTMENT) {
			problems.add("orgUnit", "unknown", "No branch or sub-branch with this code");
			return null;
		}
		return unit.get();
	}

	/**
	 * The customer's account manager: an enabled account manager ({@code managerUsername} unknown otherwise) whose own
	 * unit ({@code unitOf}) is the customer's {@code unit}, above it or below it ({@code outside-unit}); a null
	 * {@code unit} (already refused) is not compared. Answers its id, null when it is no account manager.
	 */
	public static Long manager(Optional<StaffUser> manager, OrgUnit unit, LongFunction<Optional<OrgUnit>> unitOf,
			InvalidInput.Collector problems) {
		if (manager.isEmpty() || manager.get().role() != Role.ACCOUNT_MANAGER || !manager.get().enabled()) {
			problems.add("managerUsername", "unknown", "No account manager with this username");
			return null;
		}
		if (unit != null && unitOf.apply(manager.get().orgUnitId())
			.map(home -> !home.path().startsWith(unit.path()) && !unit.path().startsWith(home.path())).orElse(true)) {
			problems.add("managerUsername", "outside-unit", "The account manager works in another unit");
		}
		return manager.get().id();
	}
}
