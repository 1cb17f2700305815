package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * A transaction was recorded for the first time (a repeat of its external id publishes nothing), with the reference
 * to the sale's dual recording when the report carried one.
 */
public record TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
		BigDecimal amount, Instant occurredAt, boolean riskAcknowledged, SaleRecordingReference recording) {

	public TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
			BigDecimal amount, Instant occurredAt, boolean riskAcknowledged) {
		this(transactionId, customer, type, productCode, amount, occurredAt, riskAcknowledged, null);
	}
}
