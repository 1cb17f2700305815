package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** A transaction as recorded, with the channel of the sale when the report named one. */
public record RecordedTransaction(long id, String externalId, long customerId, TransactionType type, String productCode,
		BigDecimal amount, Instant occurredAt, boolean riskAcknowledged, Instant recordedAt,
		org.clientcare.product.Product.SaleChannel channel) {
}
