package org.clientcare.suitability;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/** What suitability publishes about a customer, for the customer timeline and the KPIs. */
public final class SuitabilityEvents {

	private SuitabilityEvents() {
	}

	/** The customer's risk tolerance was assessed (by staff or through the customer's own questionnaire link). */
	public record RiskAssessed(long assessmentId, CustomerId customer, RiskTolerance level, int score, Instant at) {
	}

	/** The customer signed an acknowledgment of a product's risk above the customer's level. */
	public record RiskAcknowledged(long acknowledgmentId, CustomerId customer, String productCode, Instant signedAt) {
	}

	/** A purchase did not suit the customer and an alert went to compliance. */
	public record SuitabilityAlertRaised(long alertId, CustomerId customer, String productCode, SuitabilityResult result,
			long transactionId, Instant at) {
	}

	/** A sale that needs a dual recording (双录) was reported without one: a {@code NO_DUAL_RECORDING} alert was raised. */
	public record DualRecordingMissing(long alertId, CustomerId customer, String productCode, long transactionId,
			Instant at) {
	}

	/** The reference to a sale's dual recording was given (with the report or afterwards): the duty is met. */
	public record DualRecordingReferenced(long transactionId, CustomerId customer, String productCode,
			String recordingId, Instant at) {
	}
}
