package org.clientcare.inquiry;

/**
 * Lifecycle of an inquiry: {@code OPEN} → {@code IN_PROGRESS} (assigned) → {@code ANSWERED}; an open one may instead
 * become a complaint ({@code CONVERTED}). Answered and converted inquiries take no further step.
 */
public enum InquiryStatus {

	OPEN, IN_PROGRESS, ANSWERED, CONVERTED;

	/** A step an inquiry may take. */
	public enum Step {
		ASSIGN, ANSWER, CONVERT
	}

	public boolean allows(Step step) {
		return this == OPEN || this == IN_PROGRESS;
	}

	/** Whether the inquiry still waits for its answer (and so can become overdue). */
	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}
}
