package org.clientcare.suitability;

import java.time.Instant;

/**
 * The dual recording (双录: audio and video of the sale) a reported purchase needed: the duty, the reference to the
 * recording once given, whether the sale was sampled for a quality check, and the check's finding.
 */
public record SaleRecording(long transactionId, long customerId, String productCode, Integer customerAge,
		Instant soldAt, String recordingId, String hash, Integer durationSeconds, String checkedBy, Instant referencedAt,
		String referencedBy, boolean sampled, QualityResult qualityResult, String qualityFinding,
		String qualityCheckedBy, Instant qualityCheckedAt) {

	/** Where the duty stands. */
	public Status status() {
		if (referencedAt == null) {
			return Status.MISSING;
		}
		if (qualityResult != null) {
			return Status.CHECKED;
		}
		return sampled ? Status.AWAITING_CHECK : Status.NOT_SAMPLED;
	}

	/**
	 * MISSING: no recording referenced yet (an alert is open); AWAITING_CHECK: referenced and sampled for a quality
	 * check; NOT_SAMPLED: referenced, outside the sample; CHECKED: quality-checked with a finding.
	 */
	public enum Status {
		MISSING, AWAITING_CHECK, NOT_SAMPLED, CHECKED
	}

	/** The finding of a quality check: the recording shows a proper sale, or it does not. */
	public enum QualityResult {
		PASSED, FAILED
	}
}
