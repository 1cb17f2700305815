package org.clientcare.assistant;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An FAQ entry as an editor writes it (§12 {@code POST /api/v1/faq}): the question, its answer, the language
 * ({@code zh-CN} or {@code en}), and optionally keywords, other phrasings of the question, a category and, for a
 * Chinese entry, its answer in English ({@code englishAnswer}), given to a question asked in English.
 */
public record WriteFaqEntry(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 4000) String answer,
		@NotBlank @Pattern(regexp = "zh-CN|en") String language, @Size(max = 20) List<@Size(max = 100) String> keywords,
		@Size(max = 20) List<@Size(max = 500) String> alternatives, FaqCategory category,
		@Size(max = 4000) String englishAnswer) {

	public WriteFaqEntry {
		keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
		alternatives = alternatives == null ? List.of()
				: alternatives.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
		category = category == null ? FaqCategory.OTHER : category;
		englishAnswer = englishAnswer == null || englishAnswer.isBlank() ? null : englishAnswer.strip();
	}

	/** An entry without an English answer. */
	public WriteFaqEntry(String question, String answer, String language, List<String> keywords,
			List<String> alternatives, FaqCategory category) {
		this(question, answer, language, keywords, alternatives, category, null);
	}
}
