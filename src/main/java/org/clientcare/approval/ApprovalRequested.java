package org.clientcare.approval;

/** A request awaits a checker. */
public record ApprovalRequested(long requestId, String type, String subjectType, String subjectId) {
}
