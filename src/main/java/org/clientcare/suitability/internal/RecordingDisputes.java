package org.clientcare.suitability.internal;

import org.clientcare.remediation.RemediationEvents.RemediationOpened;
import org.clientcare.remediation.RemediationEvents.RemediationResolved;
import org.clientcare.suitability.SaleRecordings;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A mis-selling remediation of a sale (opened by a revisit or a complaint) is a dispute about it: its dual recording is
 * held while the remediation is open and kept 2 years past its resolution.
 */
@Component
class RecordingDisputes {

	private final SaleRecordings recordings;

	RecordingDisputes(SaleRecordings recordings) {
		this.recordings = recordings;
	}

	@ApplicationModuleListener
	void on(RemediationOpened event) {
		if (event.transactionId() != null) {
			recordings.disputeOpened(event.remediationId(), event.transactionId(), event.at());
		}
	}

	@ApplicationModuleListener
	void on(RemediationResolved event) {
		recordings.disputeClosed(event.remediationId(), event.at());
	}
}
