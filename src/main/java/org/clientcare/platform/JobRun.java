package org.clientcare.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One run of a job (作业运行记录): which instance ran it, when, and what came of it — {@code RUNNING} from its start
 * (no finish yet), the job's counts when it was {@code DONE}, the error when it {@code FAILED} (also a run whose
 * instance died during it), nothing when it was {@code SKIPPED} because it was running elsewhere.
 */
public record JobRun(long id, String job, String instance, Instant startedAt, Instant finishedAt, Outcome outcome,
		Map<String, Object> result, String error) {

	public enum Outcome {
		RUNNING, DONE, FAILED, SKIPPED
	}

	/** How long it took; {@code null} while it runs. */
	public Duration duration() {
		return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
	}
}
