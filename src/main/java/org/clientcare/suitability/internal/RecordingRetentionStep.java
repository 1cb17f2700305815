package org.clientcare.suitability.internal;

import java.time.LocalDate;
import java.util.Map;

import org.clientcare.privacy.RetentionStep;
import org.clientcare.suitability.SaleRecordings;

import org.springframework.stereotype.Component;

/** The suitability module's part of the {@code retention} job: dual recordings past their retention and no dispute. */
@Component
class RecordingRetentionStep implements RetentionStep {

	private final SaleRecordings recordings;

	RecordingRetentionStep(SaleRecordings recordings) {
		this.recordings = recordings;
	}

	@Override
	public String name() {
		return "saleRecordings";
	}

	@Override
	public Map<String, Long> purge(LocalDate today) {
		return recordings.purgeExpired(today);
	}
}
