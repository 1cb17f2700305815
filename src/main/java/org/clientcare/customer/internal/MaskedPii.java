package org.clientcare.customer.internal;

import java.time.LocalDate;

import org.clientcare.shared.pii.Masking;

/**
 * A customer's personal information as lists and the customer view show it — masked by {@link Masking}, never the
 * clear value — stored beside the ciphertext whenever the value is written, so that showing a page of customers
 * decrypts nothing. It does not depend on the key: a key rotation, which encrypts the same values again, leaves it as
 * it is.
 */
public record MaskedPii(String idNumber, String birthDate, String phone, String email, String address) {

	/** None of the masked forms. */
	static final MaskedPii NONE = new MaskedPii(null, null, null, null, null);

	/** The masked forms of clear values (each null when its value is). */
	public static MaskedPii of(String idNumber, LocalDate birthDate, String phone, String email, String address) {
		return new MaskedPii(Masking.idNumber(idNumber), Masking.birthDate(birthDate), Masking.phone(phone),
				Masking.email(email), Masking.address(address));
	}
}
