package org.clientcare.visit;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/** What visits publish, for the customer timeline and the KPIs. */
public final class VisitEvents {

	private VisitEvents() {
	}

	/** A visit was recorded in the ledger. */
	public record VisitRecorded(long visitId, CustomerId customer, VisitKind kind, VisitMethod method, String purpose,
			String visitor, Instant occurredAt) {
	}

	/** A visit found a need that needs resources: escalated to the team leader. */
	public record VisitNeedEscalated(long visitId, CustomerId customer, String need, long orgUnitId, Instant at) {
	}
}
