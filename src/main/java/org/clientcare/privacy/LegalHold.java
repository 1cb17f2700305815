package org.clientcare.privacy;

import java.time.Instant;

/**
 * A legal hold that stands (SPEC §11): while it is not released, the {@code retention} job keeps the customer.
 *
 * @param customerNo the customer's number, as staff know it
 * @param setBy      the username of the one who set it
 */
public record LegalHold(long id, long customerId, String customerNo, String reason, Instant setAt, String setBy) {
}
