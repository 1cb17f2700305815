package org.clientcare.vip;

/**
 * Where a year's VIP list stands: {@code DRAFT} while branches propose and head office adjusts, {@code PROPOSED} while
 * it waits for the checker, {@code APPROVED} once in force (a rejection brings it back to {@code DRAFT}).
 */
public enum ProgrammeStatus {
	DRAFT, PROPOSED, APPROVED
}
