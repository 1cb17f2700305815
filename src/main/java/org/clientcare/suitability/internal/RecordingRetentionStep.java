package org.clientcare.suitability.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.jobs.JobStep;
import org.clientcare.suitability.SaleRecordings;

import org.springframework.stereotype.Component;

/**
 * The suitability module's step of the {@code retention} job: purges the dual recordings past their product's
 * retention that no dispute holds (result key {@code saleRecordings}: {@code purged}, {@code heldByDispute}).
 */
@Component
class RecordingRetentionStep implements JobStep {

	private final SaleRecordings recordings;

	private final PlatformSettings platform;

	private final Clock clock;

	RecordingRetentionStep(SaleRecordings recordings, PlatformSettings platform, Clock clock) {
		this.recordings = recordings;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public String job() {
		return "retention";
	}

	@Override
	public String name() {
		return "saleRecordings";
	}

	@Override
	public Map<String, Object> run() {
		return Map.copyOf(recordings.purgeExpired(LocalDate.now(clock.withZone(platform.zone()))));
	}
}
