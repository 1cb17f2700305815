package org.clientcare.revisit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code revisit_questionnaire} table: single-use links, by the hash of their token. */
@Repository
public class Questionnaires {

	private final JdbcClient jdbc;

	Questionnaires(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Link(String tokenHash, long revisitId, Instant expiresAt, Instant usedAt) {
	}

	public void insert(String tokenHash, long revisitId, Instant now, Instant expiresAt) {
		jdbc.sql("insert into revisit_questionnaire (token_hash, revisit_id, sent_at, expires_at) values (?, ?, ?, ?)")
			.params(tokenHash, revisitId, Timestamp.from(now), Timestamp.from(expiresAt)).update();
	}

	public int sentFor(long revisitId) {
		return jdbc.sql("select count(*) from revisit_questionnaire where revisit_id = ?").param(revisitId)
			.query(Integer.class).single();
	}

	/** The link of a token hash, locked when {@code lock}. */
	public Optional<Link> find(String tokenHash, boolean lock) {
		return jdbc.sql("select * from revisit_questionnaire where token_hash = ?" + (lock ? " for update" : ""))
			.param(tokenHash)
			.query((rs, n) -> new Link(rs.getString("token_hash"), rs.getLong("revisit_id"),
					rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	public void markUsed(String tokenHash, Instant now) {
		jdbc.sql("update revisit_questionnaire set used_at = ? where token_hash = ?").params(Timestamp.from(now), tokenHash)
			.update();
	}
}
