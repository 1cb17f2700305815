package org.clientcare.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer as callers see it: every PII field masked ({@code idNumber}, {@code birthDate}, {@code phone},
 * {@code email}, {@code address}). {@code restrictedAt}: since when the customer is in the restricted state (kept, not
 * processed for marketing or care, not contacted except for the law's purposes); {@code null} when it is not.
 * {@code fortuneGlobal500}, {@code chinaTop500} and {@code bankBranch}: the corporate standing the corporate tiering
 * scheme counts (see {@link CorporateStanding}); left out for individuals.
 */
public record CustomerView(long id, String customerNo, CustomerType type, String name, IdType idType, String idNumber,
		LocalDate idExpiry, String birthDate, Gender gender, String phone, String email, String address,
		String occupation, String familyStatus, CustomerStatus status, String orgUnit, String manager,
		LocalDate relationshipSince, String tier, Instant contactVerifiedAt, Instant createdAt, Instant updatedAt,
		long version, Instant restrictedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fortuneGlobal500,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean chinaTop500,
		@JsonInclude(JsonInclude.Include.NON_NULL) BankBranch bankBranch) {

	/** The corporate standing; {@link CorporateStanding#NONE} for an individual. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public CorporateStanding standing() {
		return type == CustomerType.INDIVIDUAL ? CorporateStanding.NONE
				: new CorporateStanding(Boolean.TRUE.equals(fortuneGlobal500), Boolean.TRUE.equals(chinaTop500), bankBranch);
	}

	public String etag() {
		return "\"" + version + "\"";
	}
}
