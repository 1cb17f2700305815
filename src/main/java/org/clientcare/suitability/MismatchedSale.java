package org.clientcare.suitability;

import java.time.Instant;

/**
 * A reported purchase above the customer's level that went ahead with an acknowledgment, with its evidence: the
 * signed acknowledgment on file ({@code acknowledgmentId}, {@code signedAt}, {@code note}) or the core system's flag.
 */
public record MismatchedSale(long checkId, long customerId, String productCode, RiskTolerance customerLevel,
		String productLevel, long transactionId, Instant checkedAt, Long acknowledgmentId, Instant signedAt, String note,
		String recordedBy, boolean reportedAcknowledged) {
}
