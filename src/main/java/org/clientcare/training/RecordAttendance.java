package org.clientcare.training;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/training/courses/{id}/attendance}: the staff member's {@code username}, whether they
 * {@code completed} the course (attended to the end), their exam {@code score} out of 100 if they sat it (kept as an exam
 * attempt), and the {@code sessionId} they attended, if any.
 */
public record RecordAttendance(String username, Boolean completed, BigDecimal score, Long sessionId) {
}
