package org.clientcare.revisit;

/** Where a revisit stands: open until done, unreachable after the last failed attempt, or cancelled. */
public enum RevisitStatus {
	OPEN, DONE, UNREACHABLE, CANCELLED
}
