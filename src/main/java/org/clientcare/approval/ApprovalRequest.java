package org.clientcare.approval;

import java.time.Instant;

/**
 * A request awaiting, or having had, a checker's decision. {@code summary} says in words what is asked (no PII);
 * {@code subjectType}/{@code subjectId} name what it is about (e.g. {@code complaint}/{@code 42}).
 */
public record ApprovalRequest(long id, String type, String subjectType, String subjectId, Long orgUnitId, String summary,
		String reason, String requestedBy, Instant requestedAt, ApprovalStatus status, String decidedBy, Instant decidedAt,
		String decisionNote) {
}
