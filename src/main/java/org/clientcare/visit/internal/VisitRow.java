package org.clientcare.visit.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code visit}. */
public record VisitRow(long id, long customerId, long visitorId, long orgUnitId, String kind, String method,
		Instant occurredAt, String purpose, String summary, String attendees, String nextSteps, String escalation,
		Instant escalatedAt, String recordedBy, Instant recordedAt, Long followUpRevisitId, LocalDate followUpOn, Long followUpCaseId,
		String followUpCaseNo) {
}
