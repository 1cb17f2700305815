package org.clientcare.training;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A course (培训课程): its topic, whether it is mandatory for the staff of its org unit's subtree, and the exam's pass
 * mark out of 100 ({@code null}: no exam, attending to the end completes it).
 */
public record Course(long id, String title, Topic topic, boolean mandatory, BigDecimal passMark, String orgUnit,
		Instant createdAt, long sessions, long completions) {
}
