package org.clientcare.complaint;

/**
 * Where a corrective action (改进措施) stands: {@code OPEN} when agreed, {@code IN_PROGRESS} once its owner reports
 * work on it, {@code DONE} or {@code CANCELLED} for good. A finished action takes no more follow-ups.
 */
public enum CorrectiveActionStatus {

	OPEN, IN_PROGRESS, DONE, CANCELLED;

	public boolean isFinished() {
		return this == DONE || this == CANCELLED;
	}

	/** Whether a follow-up may bring an action from this status to {@code next}: onwards only, never back to open. */
	public boolean mayBecome(CorrectiveActionStatus next) {
		return !isFinished() && next != OPEN;
	}
}
