package org.clientcare.assistant;

import java.util.List;

/**
 * The assistant's answer to a question (§12 {@code POST /api/v1/assistant/ask}): {@code answered} when the best entry
 * meets the answer rule ({@link org.clientcare.assistant.retrieval.AnswerRule}); then {@code answers} holds it and up
 * to two alternatives that reach the same score. Otherwise
 * {@code answers} is empty and {@code suggestions} offer a person: an inquiry, a complaint or an appointment, with the
 * question already filled in.
 */
public record AssistantAnswer(boolean answered, List<Answer> answers, List<Suggestion> suggestions) {

	/** A published entry: its id, question, answer and score (0 to 1). */
	public record Answer(long id, String question, String answer, double score) {
	}

	/** Where to turn next: {@code INQUIRY}, {@code COMPLAINT} or {@code APPOINTMENT}, and the page's address. */
	public record Suggestion(String kind, String url) {
	}
}
