package org.clientcare.suitability;

import java.time.Instant;

/** A suitability alert (适当性预警): a reported purchase that broke the rule, open until compliance closes it. */
public record SuitabilityAlert(long id, long checkId, long customerId, String productCode, long transactionId,
		SuitabilityResult result, Status status, Instant raisedAt, String finding, Instant closedAt, String closedBy) {

	public enum Status {
		OPEN, CLOSED
	}
}
