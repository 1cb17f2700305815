package org.clientcare.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What registering a customer takes (§12 {@code POST /api/v1/customers}). Shapes are checked here; the document
 * rules (check digits, birth date, mobile number, org unit and manager) by {@link CustomerManagement#register}.
 */
public record RegisterCustomer(
		@NotNull CustomerType type,
		@NotBlank @Size(max = 200) String name,
		@NotNull IdType idType,
		@NotBlank @Size(max = 64) String idNumber,
		LocalDate idExpiry,
		LocalDate birthDate,
		Gender gender,
		@Size(max = 32) String phone,
		@Size(max = 200) String email,
		@Size(max = 300) String address,
		@Size(max = 100) String occupation,
		@Size(max = 16) String familyStatus,
		@NotBlank @Size(max = 32) String orgUnit,
		@Size(max = 64) String managerUsername,
		LocalDate relationshipSince,
		CustomerStatus status) {
}
