package org.clientcare.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as callers see it: every PII field masked ({@code idNumber}, {@code birthDate}, {@code phone},
 * {@code email}, {@code address}). {@code restrictedAt}: since when the customer is in the restricted state (kept, not
 * processed for marketing or care, not contacted except for the law's purposes); {@code null} when it is not.
 */
public record CustomerView(long id, String customerNo, CustomerType type, String name, IdType idType, String idNumber,
		LocalDate idExpiry, String birthDate, Gender gender, String phone, String email, String address,
		String occupation, String familyStatus, CustomerStatus status, String orgUnit, String manager,
		LocalDate relationshipSince, String tier, Instant contactVerifiedAt, Instant createdAt, Instant updatedAt,
		long version, Instant restrictedAt) {

	public String etag() {
		return "\"" + version + "\"";
	}
}
