package org.clientcare.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditVerification;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain: {@code hash = SHA-256(prevHash ‖ seq ‖ time ‖ actor ‖ origin ‖ action ‖ entity ‖ reason ‖ before ‖ after)},
 * each field length-prefixed so that no two different entries hash alike.
 */
public final class AuditHashing {

	public static final String GENESIS = "0".repeat(64);

	public static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("seq"),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("origin"),
			rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("reason"),
			rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));

	private AuditHashing() {
	}

	public static String hash(AuditEntry entry) {
		return new Hasher().hash(entry);
	}

	/**
	 * Hashes entry after entry with one digest, and writes each time as text once for the entries that share it (all
	 * entries of a batch append do): for appending or verifying many entries.
	 */
	public static final class Hasher {

		private final MessageDigest digest;

		private Instant time;

		private String timeText;

		private final Buffer buffer = new Buffer();

		public Hasher() {
			try {
				digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

		public String hash(AuditEntry entry) {
			if (!entry.occurredAt().equals(time)) {
				time = entry.occurredAt();
				timeText = time.toString();
			}
			buffer.reset();
			field(entry.prevHash());
			field(Long.toString(entry.seq()));
			field(timeText);
			field(entry.actor());
			field(entry.origin());
			field(entry.action());
			field(entry.entityType());
			field(entry.entityId());
			field(entry.reason());
			field(entry.before());
			field(entry.after());
			digest.update(buffer.bytes(), 0, buffer.size());
			return HexFormat.of().formatHex(digest.digest());
		}

		/** The entry with its hash filled in. */
		public AuditEntry sealed(AuditEntry entry) {
			return new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.origin(), entry.action(),
					entry.entityType(), entry.entityId(), entry.reason(), entry.before(), entry.after(), entry.prevHash(),
					hash(entry));
		}

		/** Length in ASCII digits ({@code -1} for null), a colon, the UTF-8 bytes. */
		private void field(String field) {
			byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
			buffer.writeBytes(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
			buffer.write(':');
			buffer.writeBytes(bytes);
		}

		/** A byte buffer whose array is read without a copy. */
		private static final class Buffer extends ByteArrayOutputStream {

			byte[] bytes() {
				return buf;
			}
		}
	}

	public static AuditVerification verify(JdbcClient jdbc) {
		var hasher = new Hasher();
		var state = new Object() {
			long expectedSeq = 1;
			String prevHash = GENESIS;
			long entries;
			Long broken;
		};
		jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query(rs -> {
			if (state.broken != null) {
				return;
			}
			AuditEntry entry = ROW.mapRow(rs, 0);
			state.entries++;
			boolean intact = entry.seq() == state.expectedSeq && entry.prevHash().equals(state.prevHash)
					&& hasher.hash(entry).equals(entry.hash());
			if (!intact) {
				state.broken = entry.seq();
			}
			state.expectedSeq = entry.seq() + 1;
			state.prevHash = entry.hash();
		});
		if (state.broken != null) {
			long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
			return new AuditVerification(false, total, state.broken);
		}
		return new AuditVerification(true, state.entries, null);
	}
}
