package org.clientcare.assistant.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of asked questions ({@code assistant_question}), masked, and the gap list made of the unanswered ones. */
@Repository
public class AskedQuestions {

	private final JdbcClient jdbc;

	AskedQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An unanswered question as editors see it: how often it was asked and when last, and why it was last not answered
	 * ({@code ADVICE_RULE}, {@code PROMPT_INJECTION}, {@code NOT_HANDLED}, {@code NOTHING_ASKED},
	 * {@code ADVICE_CLASSIFIER} or {@code LOW_SCORE}; null for questions logged before the reason was kept).
	 */
	public record Gap(String key, String question, long times, Instant lastAskedAt, double bestScore, String reason) {
	}

	/** Logs a question; {@code refusal} says why it was not answered (null when it was). */
	public void log(Instant at, String masked, String key, String language, boolean answered, Long topEntry, double score,
			String refusal) {
		jdbc.sql("""
				insert into assistant_question (asked_at, question, question_key, language, answered, top_entry_id, top_score,
				  gap_status, refusal_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), masked, key, language, answered, topEntry,
					BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP), answered ? null : "OPEN",
					answered ? null : refusal)
			.update();
	}

	public List<Gap> gaps(int page, int size) {
		return jdbc.sql("""
				select question_key, max(question) as question, count(*) as times, max(asked_at) as last_asked,
				  max(top_score) as best, (array_agg(refusal_reason order by asked_at desc))[1] as reason
				from assistant_question where gap_status = 'OPEN'
				group by question_key order by count(*) desc, max(asked_at) desc limit ? offset ?""")
			.params(size, (long) page * size)
			.query((rs, n) -> new Gap(rs.getString("question_key"), rs.getString("question"), rs.getLong("times"),
					rs.getTimestamp("last_asked").toInstant(), rs.getDouble("best"), rs.getString("reason")))
			.list();
	}

	public long gapCount() {
		return jdbc.sql("select count(distinct question_key) from assistant_question where gap_status = 'OPEN'")
			.query(Long.class).single();
	}

	/** Closes a gap: {@code DRAFTED} with the entry written for it, or {@code DISMISSED}; answers how many questions. */
	public int close(String key, String status, Long entryId) {
		return jdbc.sql("update assistant_question set gap_status = ?, gap_entry_id = ? where question_key = ? and gap_status = 'OPEN'")
			.params(status, entryId, key).update();
	}

	/** Counts for the editors: questions asked since a time and how many were answered. */
	public long[] counts(Instant since) {
		return jdbc.sql("select count(*), count(*) filter (where answered) from assistant_question where asked_at >= ?")
			.param(Timestamp.from(since)).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}
}
