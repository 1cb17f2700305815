package org.clientcare.suitability;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dual recording (双录: audio and video of the sale) a reported purchase needed: the duty, the reference to the
 * recording once given, whether the sale was sampled for a quality check, the check's finding, and how long the
 * recording is kept ({@link RecordingRetention}): the product's rule, a dispute about the sale, and when it was purged.
 */
public record SaleRecording(long transactionId, long customerId, String productCode, Integer customerAge,
		Instant soldAt, String recordingId, String hash, Integer durationSeconds, String checkedBy, Instant referencedAt,
		String referencedBy, boolean sampled, QualityResult qualityResult, String qualityFinding,
		String qualityCheckedBy, Instant qualityCheckedAt, LocalDate retainUntil, boolean disputeOpen,
		LocalDate lastDisputeClosedOn, Instant purgedAt) {

	/** How long the recording is kept. */
	public RecordingRetention retention() {
		return new RecordingRetention(retainUntil, disputeOpen, lastDisputeClosedOn);
	}

	/** Where the duty stands. */
	public Status status() {
		if (purgedAt != null) {
			return Status.PURGED;
		}
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
	 * check; NOT_SAMPLED: referenced, outside the sample; CHECKED: quality-checked with a finding; PURGED: past its
	 * retention and purged by the retention job (the recording system may destroy it).
	 */
	public enum Status {
		MISSING, AWAITING_CHECK, NOT_SAMPLED, CHECKED, PURGED
	}

	/** The finding of a quality check: the recording shows a proper sale, or it does not. */
	public enum QualityResult {
		PASSED, FAILED
	}
}
