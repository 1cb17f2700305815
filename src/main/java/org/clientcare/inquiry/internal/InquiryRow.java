package org.clientcare.inquiry.internal;

import java.time.Instant;

/** A row of {@code inquiry}, contact still encrypted. */
public record InquiryRow(long id, String inquiryNo, Long customerId, String askerName, byte[] contactEnc, String channel,
		String question, Instant receivedAt, Instant dueAt, String status, Long orgUnitId, String registeredBy,
		Long assigneeId, String answer, Instant answeredAt, String answeredBy, Long complaintId, boolean overdue,
		long version) {
}
