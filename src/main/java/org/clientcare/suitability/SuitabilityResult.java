package org.clientcare.suitability;

/** The answer of a suitability check (适当性匹配结果). */
public enum SuitabilityResult {
	MATCH, MISMATCH, NO_ASSESSMENT, ASSESSMENT_EXPIRED, ID_EXPIRED, PROHIBITED;

	/** Whether a reported purchase with this result raises an alert, given whether the customer acknowledged the risk. */
	public boolean raisesAlert(boolean acknowledged) {
		return switch (this) {
			case MATCH -> false;
			case MISMATCH -> !acknowledged;
			default -> true;
		};
	}
}
