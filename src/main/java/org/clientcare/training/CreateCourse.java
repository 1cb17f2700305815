package org.clientcare.training;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/training/courses}: {@code title}, {@code topic}, whether it is {@code mandatory} for the staff of
 * its org unit's subtree (default no), the exam's {@code passMark} out of 100 (none: no exam) and the {@code orgUnit}
 * that runs it (default the caller's).
 */
public record CreateCourse(String title, Topic topic, Boolean mandatory, BigDecimal passMark, String orgUnit) {
}
