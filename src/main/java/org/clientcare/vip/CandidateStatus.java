package org.clientcare.vip;

/**
 * A customer on a year's list: {@code PROPOSED} by a branch (awaiting the list's approval, or a mid-year addition's),
 * {@code EXCLUDED} by head office or a rejected addition, {@code MEMBER} once approved, {@code REMOVED} by an approved
 * mid-year change.
 */
public enum CandidateStatus {
	PROPOSED, EXCLUDED, MEMBER, REMOVED
}
