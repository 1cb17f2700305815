package org.clientcare.training;

import java.math.BigDecimal;

/**
 * When a course counts as completed (SPEC §10): the staff member attended it to the end, and — where the course has a
 * pass mark — one of their exam attempts scored at least the pass mark. A failed attempt stays on the record; a later
 * attempt that passes completes the course.
 */
public final class CompletionRule {

	private CompletionRule() {
	}

	/** Whether a score out of 100 reaches the pass mark (every score does when there is no pass mark). */
	public static boolean passes(BigDecimal score, BigDecimal passMark) {
		return passMark == null || score != null && score.compareTo(passMark) >= 0;
	}

	/** Whether attendance to the end and the best exam score so far complete a course with this pass mark. */
	public static boolean completes(boolean attendedToTheEnd, BigDecimal bestScore, BigDecimal passMark) {
		return attendedToTheEnd && passes(bestScore, passMark);
	}
}
