package org.clientcare.assistant;

import java.time.Instant;
import java.util.List;

/**
 * An FAQ entry with its latest version ({@code version}); {@code publishedVersion} is the version the assistant
 * answers with, {@code null} when none; {@code promises} lists wording that promises returns (the entry cannot be
 * submitted while it has any; in either answer); {@code englishAnswer} is a Chinese entry's answer in English, or
 * {@code null}); {@code versions} is filled in the full view only.
 */
public record FaqEntry(long id, String language, FaqStatus status, FaqCategory category, String question,
		List<String> alternatives, String answer, String englishAnswer, List<String> keywords, int version, Integer publishedVersion,
		Long approvalId, List<String> promises, Instant updatedAt, List<Version> versions) {

	/** One version of an entry and what became of it. */
	public record Version(int versionNo, String question, String answer, String editedBy, Instant editedAt,
			String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String decision,
			String decisionNote) {
	}
}
