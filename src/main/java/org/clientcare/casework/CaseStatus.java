package org.clientcare.casework;

/**
 * Lifecycle of a case: {@code OPEN} (its current stage's clock runs) ⇄ {@code PAUSED} (waiting for the customer or a
 * third party; the clock stands still); advancing from the last stage makes it {@code COMPLETED}; rejecting it with a
 * reason makes it {@code REJECTED}. Completed and rejected cases take no further step.
 */
public enum CaseStatus {

	OPEN, PAUSED, COMPLETED, REJECTED;

	/** A step a case may take. */
	public enum Step {
		ADVANCE, REJECT, PAUSE, RESUME, CHECKLIST
	}

	public boolean allows(Step step) {
		return switch (step) {
			case ADVANCE, PAUSE -> this == OPEN;
			case RESUME -> this == PAUSED;
			case REJECT, CHECKLIST -> this == OPEN || this == PAUSED;
		};
	}

	public boolean isClosed() {
		return this == COMPLETED || this == REJECTED;
	}
}
