package org.clientcare.customer;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * A customer moved in its lifecycle (e.g. became dormant, was closed or reactivated) {@code at} the institution's time
 * of the change, which a listener keeps rather than the time it hears of it.
 */
public record CustomerStatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to, Instant at) {
}
