package org.clientcare.customer;

import java.time.LocalDate;

/** A customer's PII in plain text, answered only to a reveal with a reason (and audited). */
public record RevealedPii(long customerId, String idNumber, LocalDate birthDate, String phone, String email,
		String address) {
}
