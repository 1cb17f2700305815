package org.clientcare.inquiry.internal;

import java.util.Locale;
import java.util.Optional;

import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.Masking;

/** An asker's contact: a mainland mobile number (11 digits) or an email address (lower case). */
public final class InquiryContacts {

	private InquiryContacts() {
	}

	public static Optional<String> normalise(String contact) {
		if (contact == null || contact.isBlank() || contact.length() > 200) {
			return Optional.empty();
		}
		Optional<String> mobile = MainlandMobile.normalize(contact);
		if (mobile.isPresent()) {
			return mobile;
		}
		String email = contact.strip().toLowerCase(Locale.ROOT);
		return email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") ? Optional.of(email) : Optional.empty();
	}

	public static String mask(String normalised) {
		return normalised.contains("@") ? Masking.email(normalised) : Masking.phone(normalised);
	}
}
