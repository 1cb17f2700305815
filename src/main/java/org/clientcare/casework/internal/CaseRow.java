package org.clientcare.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of {@code client_case}. */
public record CaseRow(long id, String caseNo, long customerId, String type, long templateId, String title,
		BigDecimal amount, boolean complex, String status, int stagePosition, Instant stageEnteredAt,
		Instant stageDueAt, Instant pausedAt, boolean overdue, long orgUnitId, List<Long> departments, String createdBy,
		Instant createdAt, Instant closedAt, String rejectReason, Instant refusalNoticeDueAt, long version) {
}
