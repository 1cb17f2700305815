package org.clientcare.assignment;

import java.time.Instant;

/**
 * One move in a customer's assignment history: from whom ({@code null}: unassigned) to whom, why, from which
 * source, with the attribution split, by whom, and the approval request for bulk moves.
 */
public record Assignment(long id, long customerId, String fromManager, String toManager, String reason,
		AssignmentSource source, Attribution attribution, String assignedBy, Long approvalId, Instant assignedAt) {
}
