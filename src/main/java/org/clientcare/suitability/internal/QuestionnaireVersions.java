package org.clientcare.suitability.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.suitability.RiskQuestionnaire;
import org.clientcare.suitability.RiskQuestionnaire.Band;
import org.clientcare.suitability.RiskQuestionnaire.Option;
import org.clientcare.suitability.RiskQuestionnaire.Question;
import org.clientcare.suitability.RiskTolerance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the risk questionnaire: {@code risk_questionnaire} (one row per version), its questions
 * ({@code risk_question}), their options ({@code risk_question_option}) and the score bands ({@code risk_band}).
 * A version is written once and never changed.
 */
@Repository
public class QuestionnaireVersions {

	private final JdbcClient jdbc;

	QuestionnaireVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int latest() {
		return jdbc.sql("select max(version) from risk_questionnaire").query(Integer.class).single();
	}

	public RiskQuestionnaire version(int version) {
		var head = jdbc.sql("select published_at, published_by from risk_questionnaire where version = ?").param(version)
			.query((rs, n) -> new Object[] { rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2) }).single();
		Map<String, List<Option>> options = new LinkedHashMap<>();
		jdbc.sql("select * from risk_question_option where version = ? order by question_id, position").param(version)
			.query(rs -> {
				options.computeIfAbsent(rs.getString("question_id"), q -> new ArrayList<>()).add(new Option(rs.getString("id"),
						rs.getString("text_zh"), rs.getString("text_en"), rs.getInt("score")));
			});
		List<Question> questions = jdbc.sql("select * from risk_question where version = ? order by position").param(version)
			.query((rs, n) -> new Question(rs.getString("id"), rs.getString("text_zh"), rs.getString("text_en"),
					List.copyOf(options.getOrDefault(rs.getString("id"), List.of()))))
			.list();
		List<Band> bands = jdbc.sql("select level, min_score from risk_band where version = ? order by level").param(version)
			.query((rs, n) -> new Band(RiskTolerance.valueOf(rs.getString(1)), rs.getInt(2))).list();
		return new RiskQuestionnaire(version, (Instant) head[0], (String) head[1], questions, bands);
	}

	/** Writes a new version with its questions, options and bands. */
	public void insert(int version, List<Question> questions, List<Band> bands, Instant at, String by) {
		jdbc.sql("insert into risk_questionnaire (version, published_at, published_by) values (?, ?, ?)")
			.params(version, Timestamp.from(at), by).update();
		for (int q = 0; q < questions.size(); q++) {
			Question question = questions.get(q);
			jdbc.sql("insert into risk_question (version, id, position, text_zh, text_en) values (?, ?, ?, ?, ?)")
				.params(version, question.id(), q + 1, question.textZh(), question.textEn()).update();
			for (int o = 0; o < question.options().size(); o++) {
				Option option = question.options().get(o);
				jdbc.sql("""
						insert into risk_question_option (version, question_id, id, position, text_zh, text_en, score)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(version, question.id(), option.id(), o + 1, option.textZh(), option.textEn(), option.score())
					.update();
			}
		}
		for (Band band : bands) {
			jdbc.sql("insert into risk_band (version, level, min_score) values (?, ?, ?)")
				.params(version, band.level().name(), band.minScore()).update();
		}
	}
}
