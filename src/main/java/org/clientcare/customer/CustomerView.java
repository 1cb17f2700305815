package org.clientcare.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as callers see it: every PII field masked ({@code idNumber}, {@code birthDate}, {@code phone},
 * {@code email}, {@code address}).
 */
public record CustomerView(long id, String customerNo, CustomerType type, String name, IdType idType, String idNumber,
		LocalDate idExpiry, String birthDate, Gender gender, String phone, String email, String address,
		String occupation, String familyStatus, CustomerStatus status, String orgUnit, String manager,
		LocalDate relationshipSince, String tier, Instant contactVerifiedAt, Instant createdAt, Instant updatedAt,
		long version) {

	public String etag() {
		return "\"" + version + "\"";
	}
}
