package org.clientcare.assignment;

import java.time.Instant;

/** A key person (关键人) of a corporate customer; the phone is stored encrypted and always shown masked. */
public record KeyPerson(long id, long customerId, String name, String title, String phone, String createdBy,
		Instant createdAt) {
}
