package org.clientcare.complaint;

import java.time.Duration;
import java.time.Instant;

/**
 * The regulatory clock of a complaint (§6; 《银行业保险业消费投诉处理管理办法》 Arts. 18, 23): it counts calendar days
 * from receipt — or from the day the complainant brought new facts, which restarts it — and stands still while an
 * external appraisal (鉴定/检测/评估) or a mediation (调解) runs. Resuming moves the due time by the time it stood
 * still; while it stands, the due time is no deadline yet, unless it had passed before the pause began.
 */
public final class RegulatoryClock {

	/** Why the clock stands still. */
	public enum PauseReason {
		APPRAISAL, MEDIATION, OTHER
	}

	private RegulatoryClock() {
	}

	/**
	 * The due time of a count that started at {@code from} (receipt, or the new facts) with a limit of {@code days}
	 * calendar days (15, or more after approved extensions), moved by the time the clock has stood still since.
	 */
	public static Instant due(Instant from, int days, Duration paused) {
		return ComplaintDeadlines.regulatory(from, days).plus(paused);
	}

	/** The due time after a pause that began at {@code pausedAt} ends at {@code resumedAt}. */
	public static Instant resumed(Instant due, Instant pausedAt, Instant resumedAt) {
		return due.plus(stood(pausedAt, resumedAt));
	}

	/** How long the clock stood still (never negative). */
	public static Duration stood(Instant pausedAt, Instant resumedAt) {
		return resumedAt.isAfter(pausedAt) ? Duration.between(pausedAt, resumedAt) : Duration.ZERO;
	}

	/**
	 * Whether the regulatory deadline is missed at {@code now} with no decision given: a running clock when its due time
	 * passed; a stopped one ({@code pausedAt} set) only when the due time had passed before it stopped.
	 */
	public static boolean missed(Instant due, Instant pausedAt, Instant now) {
		return missed(due, pausedAt, null, now);
	}

	/**
	 * Whether the regulatory deadline is missed at {@code now}: missed as any deadline is
	 * ({@link ComplaintDeadlines#missed}, the step being the decision, given at {@code decidedAt} or not yet), and, while
	 * the clock stands still ({@code pausedAt} set), only when the due time had passed before it stopped. The SLA sweep
	 * and the overdue list ask the same in SQL.
	 */
	public static boolean missed(Instant due, Instant pausedAt, Instant decidedAt, Instant now) {
		return ComplaintDeadlines.missed(due, decidedAt, now) && (pausedAt == null || due.isBefore(pausedAt));
	}
}
