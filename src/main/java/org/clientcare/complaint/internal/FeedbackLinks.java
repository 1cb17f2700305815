package org.clientcare.complaint.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code complaint_feedback_link} table: one single-use link per resolution, by the hash of its token. */
@Repository
public class FeedbackLinks {

	private final JdbcClient jdbc;

	FeedbackLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A link as stored: the complaint, the resolution round it answers, its expiry and when it was used. */
	public record Link(String tokenHash, long complaintId, int round, Instant expiresAt, Instant usedAt) {
	}

	/** Stores a link for the round unless one was stored for it already; answers whether this one was stored. */
	public boolean insert(String tokenHash, long complaintId, int round, Instant now, Instant expiresAt) {
		return jdbc.sql("""
				insert into complaint_feedback_link (token_hash, complaint_id, round, sent_at, expires_at)
				values (?, ?, ?, ?, ?) on conflict (complaint_id, round) do nothing""")
			.params(tokenHash, complaintId, round, Timestamp.from(now), Timestamp.from(expiresAt)).update() == 1;
	}

	/** The link of a token hash, locked when {@code lock}. */
	public Optional<Link> find(String tokenHash, boolean lock) {
		return jdbc.sql("select * from complaint_feedback_link where token_hash = ?" + (lock ? " for update" : ""))
			.param(tokenHash)
			.query((rs, n) -> new Link(rs.getString("token_hash"), rs.getLong("complaint_id"), rs.getInt("round"),
					rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	public void markUsed(String tokenHash, Instant now) {
		jdbc.sql("update complaint_feedback_link set used_at = ? where token_hash = ?").params(Timestamp.from(now), tokenHash)
			.update();
	}
}
