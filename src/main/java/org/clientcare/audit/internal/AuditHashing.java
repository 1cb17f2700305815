package org.clientcare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String field : new String[] { entry.prevHash(), Long.toString(entry.seq()), entry.occurredAt().toString(),
					entry.actor(), entry.origin(), entry.action(), entry.entityType(), entry.entityId(), entry.reason(),
					entry.before(), entry.after() }) {
				byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
				digest.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The entry with its hash filled in. */
	public static AuditEntry sealed(AuditEntry entry) {
		return new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.origin(), entry.action(),
				entry.entityType(), entry.entityId(), entry.reason(), entry.before(), entry.after(), entry.prevHash(),
				hash(entry));
	}

	public static AuditVerification verify(JdbcClient jdbc) {
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
					&& hash(entry).equals(entry.hash());
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
