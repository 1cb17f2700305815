package org.clientcare.remediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mis-selling remediation (销售误导整改): what found it ({@code source} {@code REVISIT} or {@code COMPLAINT} and its
 * id), the sale (transaction, product), the findings, the seller (the customer's account manager when it was found),
 * the due day (15 working days after), who puts it right (never the seller), and the outcome: the customer's choice,
 * a refund waiting for or past its approval, and what was done.
 */
public record Remediation(long id, Source source, long sourceId, long customerId, String customerName, String orgUnit,
		Long transactionId, String productCode, List<String> findings, String seller, Instant openedAt, LocalDate dueDate,
		Status status, boolean overdue, String assignee, Instant assignedAt, CustomerChoice choice,
		BigDecimal refundAmount, RefundStatus refundStatus, Long refundRequestId, String outcome, Instant resolvedAt,
		String resolvedBy, Instant escalatedAt, long version) {

	public enum Source {
		REVISIT, COMPLAINT
	}

	public enum Status {
		OPEN, RESOLVED
	}

	public enum RefundStatus {
		PENDING, APPROVED, REJECTED
	}

	/** Whether it was resolved by its due day (open ones: not yet). */
	public boolean resolvedOnTime(java.time.ZoneId zone) {
		return resolvedAt != null && !LocalDate.ofInstant(resolvedAt, zone).isAfter(dueDate);
	}
}
