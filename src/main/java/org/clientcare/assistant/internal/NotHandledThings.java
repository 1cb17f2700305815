package org.clientcare.assistant.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.clientcare.assistant.retrieval.KnowledgeBaseFile;
import org.clientcare.assistant.retrieval.NotHandled;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versioned list of the things the bank does not handle ({@code assistant_not_handled_set}); without a row the
 * list shipped in {@code assistant/default-not-handled.txt} applies as version 0.
 */
@Repository
public class NotHandledThings {

	private final JdbcClient jdbc;

	NotHandledThings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A version of the list: its lines as administrators wrote them, and who changed it when. */
	public record Version(int version, String lines, String changedBy, Instant changedAt, String reason) {

		public NotHandled list() {
			return NotHandled.parse(lines);
		}
	}

	public Version current() {
		return jdbc.sql("select * from assistant_not_handled_set order by version desc limit 1")
			.query((rs, n) -> new Version(rs.getInt("version"), rs.getString("lines"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("reason")))
			.optional()
			.orElseGet(() -> new Version(0, KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED), "system", null,
					null));
	}

	/** Stores the next version; false when another one was stored since {@code after} was read. */
	public boolean store(int after, String lines, String by, Instant at, String reason) {
		return jdbc.sql("""
				insert into assistant_not_handled_set (version, lines, changed_by, changed_at, reason) values (?, ?, ?, ?, ?)
				on conflict (version) do nothing""").params(after + 1, lines, by, Timestamp.from(at), reason).update() == 1;
	}
}
