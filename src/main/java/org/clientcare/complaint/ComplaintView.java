package org.clientcare.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A complaint as staff see it: contact masked, the three deadlines, breaches and the timeline, its severity and cause,
 * and (on the full view) its corrective actions.
 */
public record ComplaintView(long id, String complaintNo, Long customerId, String complainantName, String contact,
		ComplaintChannel channel, String category, String content, String productCode, BigDecimal amountInDispute,
		Instant receivedAt, ComplaintStatus status, String orgUnit, String department, String handler,
		String registeredBy, Instant ackDueAt, Instant resolutionDueAt, Instant regulatoryDueAt, int extensions,
		Instant acknowledgedAt, Instant resolvedAt, Instant closedAt, String resolution, BigDecimal compensationAmount,
		String compensationStatus, Integer satisfaction, int reopenCount, boolean breached, List<String> breaches,
		Instant escalatedAt, long version, List<TimelineEntry> timeline, String feedbackComment, String feedbackSource,
		Instant regulatoryFrom, Instant pausedAt, String pauseReason, long pausedSeconds, ComplaintSeverity severity,
		String cause, Instant complianceEscalatedAt, List<CorrectiveAction> correctiveActions) {

	/** Whether the regulatory clock stands still (an appraisal or a mediation runs). */
	@com.fasterxml.jackson.annotation.JsonProperty("regulatoryPaused")
	public boolean regulatoryPaused() {
		return pausedAt != null;
	}

	/** One step of the complaint's history (处理过程). */
	public record TimelineEntry(Instant at, String actor, String kind, String detail) {
	}
}
