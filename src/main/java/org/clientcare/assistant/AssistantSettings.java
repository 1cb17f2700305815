package org.clientcare.assistant;

import org.clientcare.assistant.retrieval.AnswerRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assistant's numbers ({@code clientcare.assistant.*}): the score from which an entry counts as the answer
 * ({@code threshold}, 0 to 1), the lower score that suffices for a question naming one of the bank's things when the
 * best entry leads the second by {@code margin} ({@code subjectThreshold}; see {@link AnswerRule} and
 * docs/benchmarks.md for how they were chosen), how many further entries are shown
 * ({@code alternatives}, 2), the longest question taken ({@code maxQuestionLength}, 500 characters) and how many
 * questions one client address may ask per minute ({@code asksPerMinute}, 20).
 */
@ConfigurationProperties("clientcare.assistant")
public record AssistantSettings(double threshold, double subjectThreshold, double margin, int alternatives,
		int maxQuestionLength, int asksPerMinute) {

	public AssistantSettings {
		threshold = threshold <= 0 ? AnswerRule.DEFAULT.threshold() : threshold;
		subjectThreshold = subjectThreshold <= 0 ? AnswerRule.DEFAULT.subjectThreshold() : subjectThreshold;
		margin = margin <= 0 ? AnswerRule.DEFAULT.margin() : margin;
		alternatives = alternatives < 0 ? 2 : alternatives == 0 ? 2 : alternatives;
		maxQuestionLength = maxQuestionLength <= 0 ? 500 : maxQuestionLength;
		asksPerMinute = asksPerMinute <= 0 ? 20 : asksPerMinute;
	}

	public static AssistantSettings defaults() {
		return new AssistantSettings(0, 0, 0, 0, 0, 0);
	}

	/** The answer-or-refuse rule these settings make. */
	public AnswerRule rule() {
		return new AnswerRule(threshold, subjectThreshold, margin);
	}
}
