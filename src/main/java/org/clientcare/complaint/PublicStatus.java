package org.clientcare.complaint;

import java.time.Instant;
import java.util.List;

/** What a complainant sees of its complaint on the public page: status, deadlines, and the public steps. */
public record PublicStatus(String complaintNo, ComplaintStatus status, Instant receivedAt, Instant resolutionDueAt,
		String resolution, List<ComplaintView.TimelineEntry> steps) {
}
