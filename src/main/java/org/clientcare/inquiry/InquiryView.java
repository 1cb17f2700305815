package org.clientcare.inquiry;

import java.time.Instant;
import java.util.List;

/**
 * An inquiry as staff see it: the contact masked, {@code overdue} when its due time passed unanswered (flagged by the
 * SLA sweep, or answered late), the complaint it became, and its timeline (in the full view only).
 */
public record InquiryView(long id, String inquiryNo, InquiryStatus status, Long customerId, String name, String contact,
		InquiryChannel channel, String question, Instant receivedAt, Instant dueAt, boolean overdue, String assignee,
		String assigneeName, String answer, Instant answeredAt, String answeredBy, Long complaintId, String registeredBy,
		List<TimelineEntry> timeline) {

	/** One step in the inquiry's life. */
	public record TimelineEntry(Instant at, String actor, String kind, String detail) {
	}
}
