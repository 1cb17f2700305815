package org.clientcare.remediation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.remediation.CustomerChoice;
import org.clientcare.remediation.Remediation;

/** A remediation as stored: customer, unit, seller and assignee by id. */
public record RemediationRow(long id, Remediation.Source source, long sourceId, long customerId, long orgUnitId,
		Long transactionId, String productCode, List<String> findings, Long sellerId, Instant openedAt, LocalDate dueDate,
		Remediation.Status status, Long assigneeId, Instant assignedAt, CustomerChoice choice, BigDecimal refundAmount,
		Remediation.RefundStatus refundStatus, Long refundRequestId, String outcome, Instant resolvedAt,
		String resolvedBy, Instant escalatedAt, long version) {
}
