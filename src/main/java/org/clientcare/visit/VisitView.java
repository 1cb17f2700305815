package org.clientcare.visit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit of the ledger, with the visiting staff member by username and name, and the revisit planned from its next
 * steps, if any, and the case (业务) opened from them, if any.
 */
public record VisitView(long id, long customerId, String customerName, String visitor, String visitorName,
		VisitKind kind, VisitMethod method, Instant occurredAt, String purpose, String summary, String attendees,
		String nextSteps, String escalation, Instant escalatedAt, String recordedBy, Instant recordedAt,
		Long followUpRevisitId, LocalDate followUpOn, Long followUpCaseId, String followUpCaseNo) {
}
