package org.clientcare.suitability;

import java.time.Instant;

/**
 * A cooling-off period ({@link CoolingOff}): the purchase that opened it and, if cancelled inside it, the
 * cancellation.
 */
public record CoolingOffPeriod(long transactionId, String productCode, Instant startsAt, Instant endsAt,
		Instant cancelledAt, Long cancellationTransactionId) {
}
