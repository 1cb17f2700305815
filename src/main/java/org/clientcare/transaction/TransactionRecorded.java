package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.Instant;

import org.clientcare.product.Product;
import org.clientcare.shared.CustomerId;

/**
 * A transaction was recorded for the first time (a repeat of its external id publishes nothing), with the reference
 * to the sale's dual recording when the report carried one and the channel of the sale when it named one.
 */
public record TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
		BigDecimal amount, Instant occurredAt, boolean riskAcknowledged, SaleRecordingReference recording,
		Product.SaleChannel channel) {

	public TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
			BigDecimal amount, Instant occurredAt, boolean riskAcknowledged) {
		this(transactionId, customer, type, productCode, amount, occurredAt, riskAcknowledged, null, null);
	}

	public TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
			BigDecimal amount, Instant occurredAt, boolean riskAcknowledged, SaleRecordingReference recording) {
		this(transactionId, customer, type, productCode, amount, occurredAt, riskAcknowledged, recording, null);
	}
}
