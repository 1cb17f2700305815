package org.clientcare.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A case as staff see it (§12): its current stage and due time, and {@code history} — one entry per stint in a stage,
 * with who moved the case in and why; {@code events} the other steps (paused, resumed, rejected, overdue); the
 * document checklist asked for once.
 */
public record CaseView(long id, String caseNo, long customerId, String customerName, CaseType type, String typeName,
		int templateVersion, String title, BigDecimal amount, boolean complex, CaseStatus status, String stage,
		String stageName, int stagePosition, int stageCount, Instant stageEnteredAt, Instant stageDueAt, boolean overdue,
		Instant pausedAt, List<String> departments, String createdBy, Instant createdAt, Instant closedAt,
		String rejectReason, Instant refusalNoticeDueAt, List<HistoryEntry> history, List<EventEntry> events,
		List<Document> checklist) {

	/** A stint in a stage. */
	public record HistoryEntry(String stage, String stageName, Instant enteredAt, Instant leftAt, Instant dueAt,
			String by, String note) {
	}

	/** Another step: {@code PAUSED}, {@code RESUMED}, {@code REJECTED}, {@code OVERDUE}, {@code CHECKLIST}, …. */
	public record EventEntry(Instant at, String kind, String by, String detail) {
	}

	/** A document asked for, and when it came in. */
	public record Document(long id, String name, Instant receivedAt, String receivedBy) {
	}
}
