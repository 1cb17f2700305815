package org.clientcare.suitability;

import java.time.Instant;

/**
 * A suitability alert (适当性预警): a reported purchase that broke the rule ({@code kind} SUITABILITY, with the check and
 * its result) or a sale that needed dual recording and came without one (NO_DUAL_RECORDING, no check), open until
 * compliance closes it with a finding.
 */
public record SuitabilityAlert(long id, Long checkId, long customerId, String productCode, long transactionId,
		SuitabilityResult result, Status status, Instant raisedAt, String finding, Instant closedAt, String closedBy,
		Kind kind) {

	public enum Status {
		OPEN, CLOSED
	}

	/** What the alert is about. */
	public enum Kind {
		SUITABILITY, NO_DUAL_RECORDING
	}
}
