package org.clientcare.customer;

import java.util.Set;

import org.clientcare.shared.CustomerId;

/** A customer's data changed; {@code fields} names what changed (never the values). */
public record CustomerChanged(CustomerId customerId, Set<String> fields) {
}
