package org.clientcare.suitability;

import java.time.Instant;

import org.clientcare.product.Product.RiskLevel;

/**
 * A suitability check (适当性检查) as kept: at the point of sale, or of a reported purchase ({@code transactionId}).
 *
 * @param customerLevel null without an assessment
 */
public record SuitabilityCheck(long id, long customerId, String productCode, SuitabilityResult result,
		RiskTolerance customerLevel, RiskLevel productLevel, Long transactionId, boolean acknowledged,
		Long acknowledgmentId, Instant checkedAt, String checkedBy) {
}
