package org.clientcare.complaint;

/**
 * A complaint's severity (投诉的性质和严重程度), judged at intake and revised in triage: ordinary, serious, or major —
 * a major complaint (a group of complainants, a media or regulator's attention, a large loss, a threat of harm) is
 * escalated to compliance at once.
 */
public enum ComplaintSeverity {

	ORDINARY, SERIOUS, MAJOR;

	/** Whether a complaint of this severity goes to compliance as soon as it is known. */
	public boolean escalatesToCompliance() {
		return this == MAJOR;
	}
}
