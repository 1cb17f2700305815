package org.clientcare.training;

import java.math.BigDecimal;
import java.time.Instant;

/** One exam attempt (考试成绩), kept as it was scored: its score out of 100 and whether it reached the pass mark. */
public record ExamAttempt(long id, long courseId, String username, BigDecimal score, boolean passed,
		Instant attemptedAt) {
}
