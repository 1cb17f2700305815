package org.clientcare.training;

import java.math.BigDecimal;
import java.time.Instant;

/** The quarterly skill assessment (季度技能考核) of a staff member: one score out of 100 per quarter. */
public record SkillAssessment(long id, String username, String displayName, String quarter, BigDecimal score,
		Instant recordedAt) {
}
