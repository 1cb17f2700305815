package org.clientcare.shared.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protection of personal information (个人信息) at rest: authenticated encryption (AES-256-GCM) of each value, and a
 * keyed hash (HMAC-SHA256) of its normalised form for exact search. Ciphertext starts with the id of the key that made
 * it, so keys rotate: new values use the primary (last configured) key, old ones stay readable with theirs until the
 * {@code key-rotation} job has re-encrypted them ({@link PiiRewrite}). The index key rotates with a dual-read period:
 * while the previous index key is configured, lookups compare both hashes ({@link #searchHashes}) and the job
 * recomputes every stored hash under the new one.
 */
public final class PiiCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<Byte, SecretKeySpec> keys;

	private final byte primaryKeyId;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	// A Cipher and a Mac are not thread-safe but costly to look up and key; each thread keeps one of each.
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	});

	/**
	 * Each thread's supply of fresh nonces: {@value #NONCES_AT_ONCE} of them drawn from {@link #random} at a time and
	 * each handed out once (drawing 12 bytes per value took the generator's lock and its mixing per value).
	 */
	private final ThreadLocal<Nonces> nonces = ThreadLocal.withInitial(Nonces::new);

	private static final int NONCES_AT_ONCE = 256;

	private final ThreadLocal<Mac> macs;

	private final ThreadLocal<Mac> previousMacs;

	private final String indexFingerprint;

	/**
	 * @param keys     {@code id:base64Key,…} with 32-byte keys and ids 1–127; the last one is primary
	 * @param indexKey base64 of at least 32 bytes, used for the search hashes (changing it needs a re-index)
	 */
	public PiiCipher(String keys, String indexKey) {
		this(keys, indexKey, null);
	}

	/**
	 * @param previousIndexKey the index key being replaced, base64, or null/blank when no index rotation is under way:
	 *                         while it is set, lookups also find values hashed under it
	 */
	public PiiCipher(String keys, String indexKey, String previousIndexKey) {
		this.keys = new LinkedHashMap<>();
		byte last = 0;
		for (String entry : keys.split(",")) {
			String[] parts = entry.strip().split(":", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("PII keys must read id:base64Key,…");
			}
			byte id = Byte.parseByte(parts[0].strip());
			byte[] key = Base64.getDecoder().decode(parts[1].strip());
			if (id <= 0 || key.length != 32) {
				throw new IllegalArgumentException("PII key " + parts[0] + " must have an id 1–127 and 32 bytes");
			}
			this.keys.put(id, new SecretKeySpec(key, "AES"));
			last = id;
		}
		this.primaryKeyId = last;
		byte[] index = Base64.getDecoder().decode(indexKey.strip());
		if (index.length < 32) {
			throw new IllegalArgumentException("The PII index key must have at least 32 bytes");
		}
		this.indexKey = new SecretKeySpec(index, "HmacSHA256");
		this.macs = macs(this.indexKey);
		if (previousIndexKey == null || previousIndexKey.isBlank()) {
			this.previousMacs = null;
		}
		else {
			byte[] previous = Base64.getDecoder().decode(previousIndexKey.strip());
			if (previous.length < 32) {
				throw new IllegalArgumentException("The previous PII index key must have at least 32 bytes");
			}
			this.previousMacs = java.util.Arrays.equals(previous, index) ? null : macs(new SecretKeySpec(previous, "HmacSHA256"));
		}
		// Names the index key without disclosing it: the first 4 bytes of its hash of a fixed text.
		this.indexFingerprint = java.util.HexFormat.of()
			.formatHex(macs.get().doFinal("clientcare-index-key".getBytes(StandardCharsets.UTF_8)), 0, 4);
	}

	private static ThreadLocal<Mac> macs(SecretKeySpec key) {
		return ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("HMAC-SHA256 is not available", e);
			}
		});
	}

	/** The id of the key new values are encrypted with. */
	public byte primaryKeyId() {
		return primaryKeyId;
	}

	/** The ids of the configured keys, in configuration order. */
	public java.util.List<Byte> keyIds() {
		return java.util.List.copyOf(keys.keySet());
	}

	/** The id of the key a stored value was encrypted with. */
	public static byte keyIdOf(byte[] stored) {
		return stored[0];
	}

	/** Whether a stored value is already under the primary key (an absent value is). */
	public boolean current(byte[] stored) {
		return stored == null || stored.length == 0 || stored[0] == primaryKeyId;
	}

	/** The value under the primary key: itself when it already is, else decrypted and encrypted again. */
	public byte[] reencrypt(byte[] stored) {
		return current(stored) ? stored : encrypt(decrypt(stored));
	}

	/** Whether a previous index key is configured, so hashes are being moved to the current one. */
	public boolean rotatingIndex() {
		return previousMacs != null;
	}

	/**
	 * Whether there is anything to rotate: an older encryption key beside the primary one, or a previous index key.
	 * With one key of each, every value is written under them and a rotation has nothing to do.
	 */
	public boolean rotationConfigured() {
		return keys.size() > 1 || rotatingIndex();
	}

	/** A short name of the current index key (not the key), telling rotations apart. */
	public String indexFingerprint() {
		return indexFingerprint;
	}

	/**
	 * What every stored value and hash must be under once a rotation has finished: the primary key's id and the index
	 * key's fingerprint, e.g. {@code key 2 · index 1a2b3c4d}.
	 */
	public String version() {
		return "key " + primaryKeyId + " · index " + indexFingerprint;
	}

	/** A fresh random key, base64, for configuration. */
	public static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The value encrypted under the primary key: its id, a fresh random 96-bit nonce, then the AES-GCM ciphertext with
	 * its 128-bit tag (the key id authenticated with it). The thread's Cipher is set up again for each value (a new
	 * nonce needs it); the key's schedule is kept by the Cipher between values.
	 */
	public byte[] encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] input = plain.getBytes(StandardCharsets.UTF_8);
			byte[] stored = new byte[1 + NONCE_BYTES + input.length + TAG_BITS / 8];
			stored[0] = primaryKeyId;
			nonces.get().next(stored, 1);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(primaryKeyId), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(stored, 0, 1);
			int written = cipher.doFinal(input, 0, input.length, stored, 1 + NONCE_BYTES);
			if (written != input.length + TAG_BITS / 8) {
				throw new IllegalStateException("PII encryption wrote " + written + " bytes");
			}
			return stored;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("PII encryption failed", e);
		}
	}

	/** A thread's nonces, drawn {@value #NONCES_AT_ONCE} at a time from the cipher's generator; each used once. */
	private final class Nonces {

		private final byte[] drawn = new byte[NONCES_AT_ONCE * NONCE_BYTES];

		private int next = drawn.length;

		void next(byte[] into, int at) {
			if (next == drawn.length) {
				random.nextBytes(drawn);
				next = 0;
			}
			System.arraycopy(drawn, next, into, at, NONCE_BYTES);
			java.util.Arrays.fill(drawn, next, next + NONCE_BYTES, (byte) 0);
			next += NONCE_BYTES;
		}
	}

	public String decrypt(byte[] stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte keyId = stored[0];
			SecretKeySpec key = keys.get(keyId);
			if (key == null) {
				throw new IllegalStateException("PII was encrypted with key " + keyId + ", which is not configured");
			}
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(new byte[] { keyId });
			byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("PII could not be decrypted: wrong key or altered data", e);
		}
	}

	/** The keyed hash of an already normalised value; equal values give equal hashes. */
	public byte[] searchHash(String normalised) {
		if (normalised == null) {
			return null;
		}
		// doFinal leaves the Mac ready for the next value
		return macs.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The hashes a lookup compares, for {@code column in (?, ?)}: the current one, then the one under the previous index
	 * key while an index rotation is under way (the dual-read period) — else the current one again. Null for null.
	 */
	public byte[][] searchHashes(String normalised) {
		if (normalised == null) {
			return new byte[][] { null, null };
		}
		byte[] current = searchHash(normalised);
		byte[] previous = previousMacs == null ? current
				: previousMacs.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
		return new byte[][] { current, previous };
	}
}
