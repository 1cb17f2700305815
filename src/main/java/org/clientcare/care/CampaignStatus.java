package org.clientcare.care;

/**
 * Where a campaign stands: drafted, submitted to compliance, approved (waiting for its time), rejected, sending in
 * throttled batches, sent.
 */
public enum CampaignStatus {
	DRAFT, SUBMITTED, APPROVED, REJECTED, SENDING, SENT
}
