package org.clientcare.suitability;

import java.time.Instant;

import org.clientcare.product.Product.RiskLevel;

/** A customer's signed risk acknowledgment (风险揭示确认书) for buying a product above its level. */
public record RiskAcknowledgment(long id, long customerId, String productCode, Instant signedAt, String note,
		RiskTolerance customerLevel, RiskLevel productLevel, Instant recordedAt, String recordedBy) {
}
