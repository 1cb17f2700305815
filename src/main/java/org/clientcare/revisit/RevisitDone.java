package org.clientcare.revisit;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * A revisit left the worklist: {@code DONE} (the customer was reached) or {@code UNREACHABLE} after the last attempt.
 * Published for the customer timeline.
 */
public record RevisitDone(long revisitId, CustomerId customer, RevisitReason reason, RevisitStatus status, Instant at) {
}
