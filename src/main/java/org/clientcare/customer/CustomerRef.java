package org.clientcare.customer;

import java.time.LocalDate;

import org.clientcare.shared.CustomerId;

/**
 * A light reference to a customer for other modules: what they need to act on one, read without decrypting anything
 * (no PII). The full, masked record is {@link CustomerManagement#get(long)}; unmasked PII only
 * {@link CustomerManagement#reveal(long, String)}.
 *
 * @param orgUnitId the customer's org unit
 * @param managerId its account manager, none when unassigned
 * @param tier      the tier customers see ({@code null}: untiered), as the tiering module decided it
 * @param restricted whether the customer is in the restricted state (kept, not processed, not contacted)
 */
public record CustomerRef(CustomerId id, String customerNo, CustomerType type, String name, CustomerStatus status,
		long orgUnitId, Long managerId, String tier, LocalDate relationshipSince, LocalDate idExpiry, boolean restricted) {
}
