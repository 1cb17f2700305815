package org.clientcare.suitability.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code risk_questionnaire_link} table: the single-use links, each by the hash of its token. */
@Repository
public class QuestionnaireLinkRows {

	private final JdbcClient jdbc;

	QuestionnaireLinkRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a new link; answers its id. */
	public long insert(String tokenHash, long customerId, Instant createdAt, String createdBy, Instant expiresAt) {
		return jdbc.sql("""
				insert into risk_questionnaire_link (token_hash, customer_id, created_at, created_by, expires_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(tokenHash, customerId, Timestamp.from(createdAt), createdBy, Timestamp.from(expiresAt))
			.query(Long.class).single();
	}

	/** The link's id and customer, when it is unused and unexpired at {@code at}; locked with {@code lock}. */
	public Optional<long[]> open(String tokenHash, Instant at, boolean lock) {
		return jdbc.sql("select id, customer_id from risk_questionnaire_link where token_hash = ? and used_at is null"
				+ " and expires_at > ?" + (lock ? " for update" : ""))
			.params(tokenHash, Timestamp.from(at))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional();
	}

	/** Uses the link up, with the assessment its answers made. */
	public void use(long id, Instant at, long assessmentId) {
		jdbc.sql("update risk_questionnaire_link set used_at = ?, assessment_id = ? where id = ?")
			.params(Timestamp.from(at), assessmentId, id).update();
	}
}
