package org.clientcare.customer;

import java.time.LocalDate;

import org.clientcare.shared.CustomerId;

/** A customer was registered (by hand, API or import). */
public record CustomerRegistered(CustomerId customerId, CustomerType type, long orgUnitId, Long managerId,
		LocalDate relationshipSince) {
}
