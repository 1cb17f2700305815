package org.clientcare.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A data-subject request as callers see it.
 *
 * @param dueDate the working day by which it must be answered
 * @param overdue open past its due date
 * @param onTime  answered by its due date ({@code null} while open)
 */
public record PrivacyRequestView(long id, String requestNo, long customerId, String customerNo, String customerName,
		PrivacyRequestKind kind, PrivacyChannel channel, String details, LocalDate receivedOn, LocalDate dueDate,
		PrivacyRequestStatus status, PrivacyOutcome outcome, String assignee, String answer, Instant answeredAt,
		String answeredBy, String registeredBy, boolean overdue, Boolean onTime, long version) {
}
