package org.clientcare.suitability;

import java.time.LocalDate;

import org.clientcare.product.Product.RiskLevel;

/**
 * The suitability rule (适当性匹配规则) of SPEC §7, Spring-free: {@code Cn} may buy {@code R1} … {@code Rn}. It answers,
 * in this order: {@code NO_ASSESSMENT} without an assessment, {@code ASSESSMENT_EXPIRED} once the assessment's validity
 * has passed, {@code ID_EXPIRED} once the customer's identity document has expired, {@code PROHIBITED} for a {@code C1}
 * customer and any product above {@code R1}, then {@code MISMATCH} for a product above the customer's level, else
 * {@code MATCH}.
 */
public final class SuitabilityRule {

	private SuitabilityRule() {
	}

	/**
	 * @param level      the customer's level, null without an assessment
	 * @param validUntil the last day the assessment is valid, null without one
	 * @param idExpiry   the identity document's expiry, null when unknown or long-term
	 * @param product    the product's risk level
	 * @param on         the day of the sale
	 */
	public static SuitabilityResult check(RiskTolerance level, LocalDate validUntil, LocalDate idExpiry, RiskLevel product,
			LocalDate on) {
		if (level == null) {
			return SuitabilityResult.NO_ASSESSMENT;
		}
		if (validUntil == null || on.isAfter(validUntil)) {
			return SuitabilityResult.ASSESSMENT_EXPIRED;
		}
		if (idExpiry != null && idExpiry.isBefore(on)) {
			return SuitabilityResult.ID_EXPIRED;
		}
		if (level == RiskTolerance.C1 && product != RiskLevel.R1) {
			return SuitabilityResult.PROHIBITED;
		}
		return level.covers(product) ? SuitabilityResult.MATCH : SuitabilityResult.MISMATCH;
	}
}
