package org.clientcare.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * The complaint lifecycle (§6): RECEIVED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED, or REOPENED when the
 * complainant does not accept the resolution, ESCALATED when it is rejected again.
 */
public enum ComplaintStatus {

	RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, ESCALATED;

	/** States from which a step may be taken. */
	public static Set<ComplaintStatus> from(Step step) {
		return switch (step) {
			case ACKNOWLEDGE -> EnumSet.of(RECEIVED);
			case ASSIGN -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, REOPENED, ESCALATED);
			case NOTE, EXTEND -> EnumSet.of(RECEIVED, ACKNOWLEDGED, IN_PROGRESS, REOPENED, ESCALATED, RESOLVED);
			case RESOLVE -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, REOPENED, ESCALATED);
			case FEEDBACK -> EnumSet.of(RESOLVED);
			case PAUSE, RESUME, NEW_FACTS -> EnumSet.of(RECEIVED, ACKNOWLEDGED, IN_PROGRESS, REOPENED, ESCALATED);
		};
	}

	public boolean allows(Step step) {
		return from(step).contains(this);
	}

	public boolean isOpen() {
		return this != RESOLVED && this != CLOSED;
	}

	/** A lifecycle step, each an endpoint of §12. */
	public enum Step {
		ACKNOWLEDGE, ASSIGN, NOTE, RESOLVE, FEEDBACK, EXTEND, PAUSE, RESUME, NEW_FACTS
	}
}
