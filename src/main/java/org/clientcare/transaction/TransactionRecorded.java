package org.clientcare.transaction;

import java.math.BigDecimal;
import java.time.Instant;

import org.clientcare.shared.CustomerId;

/** A transaction was recorded for the first time (a repeat of its external id publishes nothing). */
public record TransactionRecorded(long transactionId, CustomerId customer, TransactionType type, String productCode,
		BigDecimal amount, Instant occurredAt, boolean riskAcknowledged) {
}
