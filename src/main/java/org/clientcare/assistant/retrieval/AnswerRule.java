package org.clientcare.assistant.retrieval;

/**
 * Whether the assistant answers with the best entry or says it is not sure: the best entry's score must reach
 * {@code threshold}; a question that names a thing the bank's business is about
 * ({@link DomainLexicon#namesTheBanksBusiness}: 信用卡, 理财, 征信, "mortgage" …) needs only {@code subjectThreshold},
 * provided the best entry leads the second by at least {@code margin}. A short colloquial question about a card
 * adds words no phrasing holds and scores low though it is about the bank; an off-topic question that shares a verb
 * with an entry (宽带怎么注销, 地铁卡丢了) names none of the bank's things and must score as high as a near copy of a
 * phrasing. The three numbers were chosen together on the tuning sets ({@code RetrievalCalibration}).
 */
public record AnswerRule(double threshold, double subjectThreshold, double margin) {

	public static final AnswerRule DEFAULT = new AnswerRule(0.34, 0.24, 0);

	/** Whether the best entry is given as the answer. */
	public boolean answers(KnowledgeIndex.Evidence evidence) {
		return evidence.top() > 0 && evidence.top() >= bar(evidence)
				&& (evidence.top() >= threshold || evidence.top() - evidence.second() >= margin);
	}

	/** The score an entry must reach to be given for this question, as the answer or as an alternative. */
	public double bar(KnowledgeIndex.Evidence evidence) {
		return evidence.domain() ? Math.min(subjectThreshold, threshold) : threshold;
	}
}
