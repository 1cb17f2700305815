package org.clientcare.casework;

import java.time.Instant;
import java.util.List;

import org.clientcare.shared.CustomerId;

/** What cases publish, for the customer timeline and the KPIs. */
public final class CaseEvents {

	private CaseEvents() {
	}

	/** A case was opened for a customer in its first stage. */
	public record CaseOpened(long caseId, String caseNo, CustomerId customer, CaseType type, String title,
			long orgUnitId, Instant at) {
	}

	/** A case moved on into {@code stage} (not published for the first stage: {@link CaseOpened} says it). */
	public record CaseStageEntered(long caseId, String caseNo, CustomerId customer, CaseType type, String stage,
			String stageNameZh, String stageNameEn, Instant at, Instant dueAt, boolean previousOnTime) {
	}

	/** A case left its last stage: the business is done. */
	public record CaseCompleted(long caseId, String caseNo, CustomerId customer, CaseType type, Instant at) {
	}

	/** A case was rejected with a reason. */
	public record CaseRejected(long caseId, String caseNo, CustomerId customer, CaseType type, String reason,
			Instant at) {
	}

	/** A case was paused (waiting for the customer or a third party), or resumed. */
	public record CasePaused(long caseId, String caseNo, CustomerId customer, String reason, Instant at) {
	}

	public record CaseResumed(long caseId, String caseNo, CustomerId customer, Instant at, Instant stageDueAt) {
	}

	/** The SLA sweep found cases past their stage's due time: one event per run that found any. */
	public record CasesOverdue(List<Overdue> cases, Instant detectedAt) {

		public CasesOverdue {
			cases = List.copyOf(cases);
		}

		/** One overdue case. */
		public record Overdue(long caseId, String caseNo, CustomerId customer, long orgUnitId, String stage,
				Instant dueAt) {
		}
	}
}
