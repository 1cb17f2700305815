package org.clientcare.assistant;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An FAQ entry as an editor writes it (§12 {@code POST /api/v1/faq}): the question, its answer, the language
 * ({@code zh-CN} or {@code en}), and optionally keywords, other phrasings of the question and a category.
 */
public record WriteFaqEntry(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 4000) String answer,
		@NotBlank @Pattern(regexp = "zh-CN|en") String language, @Size(max = 20) List<@Size(max = 100) String> keywords,
		@Size(max = 20) List<@Size(max = 500) String> alternatives, FaqCategory category) {

	public WriteFaqEntry {
		keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
		alternatives = alternatives == null ? List.of()
				: alternatives.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
		category = category == null ? FaqCategory.OTHER : category;
	}
}
