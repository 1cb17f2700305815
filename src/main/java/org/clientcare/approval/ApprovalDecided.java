package org.clientcare.approval;

/** A checker approved or rejected a request. */
public record ApprovalDecided(long requestId, String type, String subjectType, String subjectId, ApprovalStatus status) {
}
