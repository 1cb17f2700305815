package org.clientcare.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assistant's numbers ({@code clientcare.assistant.*}): the score from which an entry counts as the answer
 * ({@code threshold}, 0 to 1, see docs/benchmarks.md for how it was chosen), how many further entries are shown
 * ({@code alternatives}, 2), the longest question taken ({@code maxQuestionLength}, 500 characters) and how many
 * questions one client address may ask per minute ({@code asksPerMinute}, 20).
 */
@ConfigurationProperties("clientcare.assistant")
public record AssistantSettings(double threshold, int alternatives, int maxQuestionLength, int asksPerMinute) {

	public static final double DEFAULT_THRESHOLD = 0.38;

	public AssistantSettings {
		threshold = threshold <= 0 ? DEFAULT_THRESHOLD : threshold;
		alternatives = alternatives < 0 ? 2 : alternatives == 0 ? 2 : alternatives;
		maxQuestionLength = maxQuestionLength <= 0 ? 500 : maxQuestionLength;
		asksPerMinute = asksPerMinute <= 0 ? 20 : asksPerMinute;
	}

	public static AssistantSettings defaults() {
		return new AssistantSettings(0, 0, 0, 0);
	}
}
