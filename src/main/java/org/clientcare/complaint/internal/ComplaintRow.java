package org.clientcare.complaint.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A complaint as stored: contact still encrypted, units and people by id. */
public record ComplaintRow(long id, String complaintNo, Long customerId, String complainantName, byte[] contactEnc,
		String channel, String category, String content, String productCode, BigDecimal amountInDispute,
		Instant receivedAt, String status, Long orgUnitId, Long departmentId, Long handlerId, String registeredBy,
		Instant ackDueAt, Instant resolutionDueAt, Instant regulatoryDueAt, int regulatoryDays, int extensions, Instant acknowledgedAt,
		Instant resolvedAt, Instant closedAt, String resolution, BigDecimal compensationAmount, String compensationStatus,
		Integer satisfaction, int reopenCount, boolean breached, Instant escalatedAt, long version, String feedbackComment,
		String feedbackSource, Instant regulatoryFrom, long pausedSeconds, Instant pausedAt, String pauseReason,
		String severity, String cause, Instant complianceEscalatedAt) {

	/** Where the regulatory count starts: receipt, or the new facts that restarted it. */
	public Instant regulatoryStart() {
		return regulatoryFrom == null ? receivedAt : regulatoryFrom;
	}
}
