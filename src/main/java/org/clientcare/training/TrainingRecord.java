package org.clientcare.training;

import java.util.List;

/** One staff member's training: completed courses, exam attempts, quarterly assessments and mandatory courses still open. */
public record TrainingRecord(String username, String displayName, List<Completion> completions,
		List<ExamAttempt> attempts, List<SkillAssessment> assessments, List<Outstanding> outstanding) {
}
