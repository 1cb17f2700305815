package org.clientcare.customer;

import org.clientcare.shared.CustomerId;

/** A customer moved in its lifecycle (e.g. became dormant, was closed or reactivated). */
public record CustomerStatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to) {
}
