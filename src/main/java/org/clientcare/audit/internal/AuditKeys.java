package org.clientcare.audit.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the audit chain's HMAC-SHA256: {@code id:base64Key,…} with ids 1–32767 and keys of at least 32 bytes;
 * the last one is primary. New entries are sealed with the primary key and carry its id; older entries keep theirs,
 * so a rotated key stays listed (not primary) for as long as its entries must verify.
 */
public final class AuditKeys {

	private final Map<Short, byte[]> keys;

	private final short primary;

	public AuditKeys(String configured) {
		if (configured == null || configured.isBlank()) {
			throw new IllegalArgumentException("Audit keys must read id:base64Key,…");
		}
		Map<Short, byte[]> parsed = new LinkedHashMap<>();
		short last = 0;
		for (String entry : configured.split(",")) {
			String[] parts = entry.strip().split(":", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("Audit keys must read id:base64Key,…");
			}
			short id = Short.parseShort(parts[0].strip());
			byte[] key = Base64.getDecoder().decode(parts[1].strip());
			if (id < 1 || key.length < 32) {
				throw new IllegalArgumentException("Audit key " + id + ": ids from 1, keys of at least 32 bytes");
			}
			parsed.put(id, key);
			last = id;
		}
		this.keys = Collections.unmodifiableMap(parsed);
		this.primary = last;
	}

	public short primaryId() {
		return primary;
	}

	/** The key of an id, or {@code null} when no such key is configured. */
	public byte[] key(short id) {
		return keys.get(id);
	}

	/** A fresh random 32-byte key, base64. */
	public static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
