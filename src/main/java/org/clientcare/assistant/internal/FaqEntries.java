package org.clientcare.assistant.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clientcare.assistant.AnswerWording;
import org.clientcare.assistant.FaqCategory;
import org.clientcare.assistant.FaqEntry;
import org.clientcare.assistant.FaqStatus;
import org.clientcare.assistant.WriteFaqEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The knowledge-base tables: {@code faq_entry}, {@code faq_version} and the index generation. */
@Repository
public class FaqEntries {

	private static final String SELECT = """
			select e.id, e.language, e.status, e.current_version, e.published_version, e.approval_id, e.updated_at,
			  e.version, v.category, v.question, v.alternatives, v.answer, v.answer_en, v.keywords
			from faq_entry e join faq_version v on v.entry_id = e.id and v.version_no = e.current_version""";

	private final JdbcClient jdbc;

	FaqEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row: the entry with its latest version, and the entry's lock version. */
	public record Row(FaqEntry entry, long lockVersion) {
	}

	/** A published entry as the assistant answers with it. */
	public record Published(long id, String language, String question, List<String> alternatives, String answer,
			String englishAnswer, List<String> keywords) {
	}

	public long insert(WriteFaqEntry entry, String by, Instant now) {
		long id = jdbc.sql("""
				insert into faq_entry (language, status, current_version, created_by, created_at, updated_at)
				values (?, 'DRAFT', 1, ?, ?, ?) returning id""").params(entry.language(), by, ts(now), ts(now))
			.query(Long.class).single();
		insertVersion(id, 1, entry, by, now);
		return id;
	}

	public void insertVersion(long id, int versionNo, WriteFaqEntry entry, String by, Instant now) {
		jdbc.sql("""
				insert into faq_version (entry_id, version_no, category, question, alternatives, answer, answer_en, keywords,
				  edited_by, edited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, versionNo, entry.category().name(), entry.question().strip(), entry.alternatives().toArray(String[]::new),
					entry.answer().strip(), entry.englishAnswer(), entry.keywords().toArray(String[]::new), by, ts(now))
			.update();
	}

	public void rewriteVersion(long id, int versionNo, WriteFaqEntry entry, String by, Instant now) {
		jdbc.sql("""
				update faq_version set category = ?, question = ?, alternatives = ?, answer = ?, answer_en = ?, keywords = ?,
				  edited_by = ?,
				  edited_at = ?, decided_by = null, decided_at = null, decision = null, decision_note = null
				where entry_id = ? and version_no = ?""")
			.params(entry.category().name(), entry.question().strip(), entry.alternatives().toArray(String[]::new),
					entry.answer().strip(), entry.englishAnswer(), entry.keywords().toArray(String[]::new), by, ts(now), id,
					versionNo)
			.update();
	}

	/** Moves the entry if it is still at {@code lockVersion}; false when someone changed it first. */
	public boolean move(long id, long lockVersion, FaqStatus status, int currentVersion, Integer publishedVersion,
			Long approvalId, Instant now) {
		return jdbc.sql("""
				update faq_entry set status = ?, current_version = ?, published_version = ?, approval_id = ?, updated_at = ?,
				  version = version + 1 where id = ? and version = ?""")
			.params(status.name(), currentVersion, publishedVersion, approvalId, ts(now), id, lockVersion).update() == 1;
	}

	public void submitted(long id, int versionNo, String by, Instant at) {
		jdbc.sql("update faq_version set submitted_by = ?, submitted_at = ? where entry_id = ? and version_no = ?")
			.params(by, ts(at), id, versionNo).update();
	}

	public void decided(long id, int versionNo, String by, Instant at, String decision, String note) {
		jdbc.sql("""
				update faq_version set decided_by = ?, decided_at = ?, decision = ?, decision_note = ?
				where entry_id = ? and version_no = ?""").params(by, ts(at), decision, note, id, versionNo).update();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(FaqEntries::row).optional();
	}

	public List<Row> list(FaqStatus status, String language, FaqCategory category, String query, int page, int size) {
		Where where = where(status, language, category, query);
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql(SELECT + " where " + where.sql() + " order by e.updated_at desc, e.id desc limit ? offset ?")
			.params(params).query(FaqEntries::row).list();
	}

	public long count(FaqStatus status, String language, FaqCategory category, String query) {
		Where where = where(status, language, category, query);
		return jdbc.sql("select count(*) from faq_entry e join faq_version v on v.entry_id = e.id and v.version_no = "
				+ "e.current_version where " + where.sql()).params(where.params()).query(Long.class).single();
	}

	public List<FaqEntry.Version> versions(long id) {
		return jdbc.sql("select * from faq_version where entry_id = ? order by version_no desc").param(id)
			.query((rs, n) -> new FaqEntry.Version(rs.getInt("version_no"), rs.getString("question"), rs.getString("answer"),
					rs.getString("edited_by"), instant(rs, "edited_at"), rs.getString("submitted_by"),
					instant(rs, "submitted_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
					rs.getString("decision"), rs.getString("decision_note")))
			.list();
	}

	/** Every published entry with the text of its published version. */
	public List<Published> published() {
		return jdbc.sql("""
				select e.id, e.language, v.question, v.alternatives, v.answer, v.answer_en, v.keywords
				from faq_entry e join faq_version v on v.entry_id = e.id and v.version_no = e.published_version
				where e.published_version is not null order by e.id""")
			.query((rs, n) -> new Published(rs.getLong("id"), rs.getString("language"), rs.getString("question"),
					strings(rs.getArray("alternatives")), rs.getString("answer"), rs.getString("answer_en"),
					strings(rs.getArray("keywords"))))
			.list();
	}

	/** The knowledge base's generation: raised with every change to what the assistant answers with. */
	public long generation() {
		return jdbc.sql("select generation from assistant_index_state where id = 1").query(Long.class).single();
	}

	public void nextGeneration() {
		jdbc.sql("update assistant_index_state set generation = generation + 1 where id = 1").update();
	}

	private static Where where(FaqStatus status, String language, FaqCategory category, String query) {
		StringBuilder sql = new StringBuilder("true");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" and e.status = ?");
			params.add(status.name());
		}
		if (language != null) {
			sql.append(" and e.language = ?");
			params.add(language);
		}
		if (category != null) {
			sql.append(" and v.category = ?");
			params.add(category.name());
		}
		if (query != null && !query.isBlank()) {
			sql.append(" and (v.question ilike ? or v.answer ilike ?)");
			String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
		}
		return new Where(sql.toString(), params);
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		String answer = rs.getString("answer");
		String englishAnswer = rs.getString("answer_en");
		List<String> promises = new java.util.ArrayList<>(AnswerWording.promises(answer));
		if (englishAnswer != null) {
			promises.addAll(AnswerWording.promises(englishAnswer));
		}
		return new Row(new FaqEntry(rs.getLong("id"), rs.getString("language"), FaqStatus.valueOf(rs.getString("status")),
				FaqCategory.valueOf(rs.getString("category")), rs.getString("question"), strings(rs.getArray("alternatives")),
				answer, englishAnswer, strings(rs.getArray("keywords")), rs.getInt("current_version"),
				(Integer) rs.getObject("published_version"), (Long) rs.getObject("approval_id"),
				List.copyOf(promises), instant(rs, "updated_at"), List.of()), rs.getLong("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private record Where(String sql, List<Object> params) {
	}
}
