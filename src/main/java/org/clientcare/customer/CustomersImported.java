package org.clientcare.customer;

/**
 * A batch of a bulk import (批量导入) landed: {@code count} new customers, committed together with the import's
 * progress. Published once per batch rather than once per customer; listeners that need the customers read them
 * from the customer module.
 */
public record CustomersImported(long importId, int count) {
}
