package org.clientcare.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A corrective action (改进措施) a complaint led to: what is to change, who owns it, by when, where it stands and the
 * follow-ups recorded on it. {@code overdue} when it is not finished and its due date has passed. The complaint's cause
 * comes along, so that actions can be reviewed by cause.
 */
public record CorrectiveAction(long id, long complaintId, String complaintNo, String cause, String description,
		String owner, String ownerName, LocalDate dueDate, CorrectiveActionStatus status, boolean overdue,
		String createdBy, Instant createdAt, Instant completedAt, long version, List<FollowUp> followUps) {

	/** One follow-up: who reported what, and the status it left the action in. */
	public record FollowUp(Instant at, String actor, CorrectiveActionStatus status, String note) {
	}
}
