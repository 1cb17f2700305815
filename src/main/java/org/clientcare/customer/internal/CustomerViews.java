package org.clientcare.customer.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clientcare.customer.BankBranch;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.CustomerView;
import org.clientcare.customer.Gender;
import org.clientcare.customer.IdType;
import org.clientcare.customer.RevealedPii;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.IsoDates;
import org.clientcare.shared.pii.Masking;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/** Turns stored customers into what callers see: PII decrypted only to be masked, ids into codes and usernames. */
@Component
public class CustomerViews {

	private final PiiCipher pii;

	private final IdentityManagement identity;

	private final Map<Long, String> unitCodes = new ConcurrentHashMap<>();

	private final Map<Long, String> usernames = new ConcurrentHashMap<>();

	CustomerViews(PiiCipher pii, IdentityManagement identity) {
		this.pii = pii;
		this.identity = identity;
	}

	/**
	 * The customer as callers see it. Its PII is shown in the masked forms stored beside the ciphertext; a value whose
	 * masked form is missing (a row written before they were stored and not filled yet) is decrypted and masked here,
	 * with the same result.
	 */
	public CustomerView masked(CustomerRow row) {
		MaskedPii shown = filled(row.masked(), row.idNumberEnc(), row.birthDateEnc(), row.phoneEnc(), row.emailEnc(),
				row.addressEnc());
		boolean individual = CustomerType.valueOf(row.type()) == CustomerType.INDIVIDUAL;
		return new CustomerView(row.id(), row.customerNo(), CustomerType.valueOf(row.type()), row.name(),
				IdType.valueOf(row.idType()), shown.idNumber(), row.idExpiry(), shown.birthDate(),
				row.gender() == null ? null : Gender.valueOf(row.gender()), shown.phone(), shown.email(), shown.address(),
				row.occupation(), row.familyStatus(), CustomerStatus.valueOf(row.status()), unitCode(row.orgUnitId()),
				row.managerId() == null ? null : username(row.managerId()), row.relationshipSince(), row.tier(),
				row.contactVerifiedAt(), row.createdAt(), row.updatedAt(), row.version(), row.restrictedAt(),
				individual ? null : row.fortuneGlobal500(), individual ? null : row.chinaTop500(),
				individual || row.bankBranch() == null ? null : BankBranch.valueOf(row.bankBranch()));
	}

	/** The masked form of an encrypted birth date, as {@link MaskedPii} stores it. */
	String maskedBirthDate(byte[] birthDateEnc) {
		String birthDate = pii.decrypt(birthDateEnc);
		return birthDate == null ? null : Masking.birthDate(IsoDates.parse(birthDate));
	}

	/** The masked forms of a row's encrypted values: what {@link MaskedPii#of} made of them when they were written. */
	MaskedPii maskedPii(byte[] idNumberEnc, byte[] birthDateEnc, byte[] phoneEnc, byte[] emailEnc, byte[] addressEnc) {
		return filled(MaskedPii.NONE, idNumberEnc, birthDateEnc, phoneEnc, emailEnc, addressEnc);
	}

	/** The stored masked forms, each one missing decrypted from its ciphertext and masked: the one place that masks. */
	private MaskedPii filled(MaskedPii stored, byte[] idNumberEnc, byte[] birthDateEnc, byte[] phoneEnc,
			byte[] emailEnc, byte[] addressEnc) {
		return new MaskedPii(
				stored.idNumber() != null ? stored.idNumber() : Masking.idNumber(pii.decrypt(idNumberEnc)),
				stored.birthDate() != null ? stored.birthDate() : maskedBirthDate(birthDateEnc),
				stored.phone() != null ? stored.phone() : Masking.phone(pii.decrypt(phoneEnc)),
				stored.email() != null ? stored.email() : Masking.email(pii.decrypt(emailEnc)),
				stored.address() != null ? stored.address() : Masking.address(pii.decrypt(addressEnc)));
	}

	public RevealedPii revealed(CustomerRow row) {
		String birthDate = pii.decrypt(row.birthDateEnc());
		return new RevealedPii(row.id(), pii.decrypt(row.idNumberEnc()),
				birthDate == null ? null : LocalDate.parse(birthDate), pii.decrypt(row.phoneEnc()),
				pii.decrypt(row.emailEnc()), pii.decrypt(row.addressEnc()));
	}

	/** The masked state for the audit trail. */
	public static Map<String, Object> auditState(CustomerView v) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customerNo", v.customerNo());
		state.put("type", v.type());
		state.put("name", v.name());
		state.put("idType", v.idType());
		state.put("idNumber", v.idNumber());
		state.put("idExpiry", v.idExpiry());
		state.put("birthDate", v.birthDate());
		state.put("gender", v.gender());
		state.put("phone", v.phone());
		state.put("email", v.email());
		state.put("address", v.address());
		state.put("occupation", v.occupation());
		state.put("familyStatus", v.familyStatus());
		state.put("status", v.status());
		state.put("orgUnit", v.orgUnit());
		state.put("manager", v.manager());
		state.put("relationshipSince", v.relationshipSince());
		if (v.type() != CustomerType.INDIVIDUAL) {
			state.put("fortuneGlobal500", v.fortuneGlobal500());
			state.put("chinaTop500", v.chinaTop500());
			state.put("bankBranch", v.bankBranch());
		}
		state.replaceAll((k, value) -> value == null ? null : value.toString());
		return state;
	}

	private String unitCode(long id) {
		return unitCodes.computeIfAbsent(id, key -> identity.orgUnit(key).map(OrgUnit::code).orElse("?"));
	}

	private String username(long id) {
		return usernames.computeIfAbsent(id, key -> identity.user(key).map(StaffUser::username).orElse("?"));
	}
}
