package org.clientcare.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditVerification;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain: {@code hash = HMAC-SHA256(key, prevHash ‖ seq ‖ time ‖ actor ‖ origin ‖ action ‖ entity ‖ reason ‖ before
 * ‖ after)}, each field length-prefixed so that no two different entries hash alike, under the key whose id the entry
 * carries ({@link AuditKeys}). Entries written before the chain was keyed carry no key id and a plain SHA-256 of the
 * same fields; they verify as such only before the first keyed entry, so no later entry can fall back to an unkeyed
 * hash.
 */
public final class AuditHashing {

	public static final String GENESIS = "0".repeat(64);

	/** The advisory lock that serialises appends to the chain, and what reads its end for a checkpoint. */
	public static final long CHAIN_LOCK = 0x4155444954L;

	public static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("seq"),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("origin"),
			rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("reason"),
			rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"),
			rs.getObject("key_id") == null ? null : rs.getShort("key_id"));

	private AuditHashing() {
	}

	/** The unkeyed hash of an entry written before the chain was keyed. */
	public static String hash(AuditEntry entry) {
		return new Hasher().hash(entry);
	}

	/** The keyed hash of an entry, under the key of its id. */
	public static String hash(AuditEntry entry, AuditKeys keys) {
		return new Hasher(keys).hash(entry);
	}

	/**
	 * Hashes entry after entry with one digest, and writes each time as text once for the entries that share it (all
	 * entries of a batch append do): for appending or verifying many entries.
	 */
	public static final class Hasher {

		private final MessageDigest digest;

		private final AuditKeys keys;

		private final Map<Short, Mac> macs = new HashMap<>();

		private Instant time;

		private String timeText;

		private final Buffer buffer = new Buffer();

		/** A hasher of unkeyed entries only (those written before the chain was keyed). */
		public Hasher() {
			this(null);
		}

		public Hasher(AuditKeys keys) {
			this.keys = keys;
			try {
				digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

		/** The entry's hash: keyed when it carries a key id, plain SHA-256 when not; {@code null} for an unknown key. */
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
			if (entry.keyId() == null) {
				digest.update(buffer.bytes(), 0, buffer.size());
				return HexFormat.of().formatHex(digest.digest());
			}
			Mac mac = mac(entry.keyId());
			if (mac == null) {
				return null;
			}
			mac.update(buffer.bytes(), 0, buffer.size());
			return HexFormat.of().formatHex(mac.doFinal());
		}

		private Mac mac(short keyId) {
			byte[] key = keys == null ? null : keys.key(keyId);
			if (key == null) {
				return null;
			}
			return macs.computeIfAbsent(keyId, id -> {
				try {
					Mac mac = Mac.getInstance("HmacSHA256");
					mac.init(new SecretKeySpec(key, "HmacSHA256"));
					return mac;
				}
				catch (GeneralSecurityException e) {
					throw new IllegalStateException(e);
				}
			});
		}

		/** The entry, carrying the primary key's id, with its hash filled in. */
		public AuditEntry sealed(AuditEntry entry) {
			var keyed = new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.origin(), entry.action(),
					entry.entityType(), entry.entityId(), entry.reason(), entry.before(), entry.after(), entry.prevHash(),
					null, keys == null ? null : keys.primaryId());
			return new AuditEntry(keyed.seq(), keyed.occurredAt(), keyed.actor(), keyed.origin(), keyed.action(),
					keyed.entityType(), keyed.entityId(), keyed.reason(), keyed.before(), keyed.after(), keyed.prevHash(),
					hash(keyed), keyed.keyId());
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

	public static AuditVerification verify(JdbcClient jdbc, AuditKeys keys) {
		var hasher = new Hasher(keys);
		var state = new Object() {
			long expectedSeq = 1;
			String prevHash = GENESIS;
			long entries;
			Long broken;
			boolean keyed;
		};
		jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query(rs -> {
			if (state.broken != null) {
				return;
			}
			AuditEntry entry = ROW.mapRow(rs, 0);
			state.entries++;
			// Once an entry is keyed, every later one must be: an unkeyed entry after it is a forgery.
			boolean downgraded = state.keyed && entry.keyId() == null;
			state.keyed |= entry.keyId() != null;
			boolean intact = !downgraded && entry.seq() == state.expectedSeq && entry.prevHash().equals(state.prevHash)
					&& entry.hash().equals(hasher.hash(entry));
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
