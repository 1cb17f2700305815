package org.clientcare.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * API clients send HTTP Basic credentials with every request; checking each against a slow password hash would cost
 * tens of milliseconds a request. Credentials that passed the check are remembered for a short while as a keyed
 * hash (the key lives only in this process), together with the password hash they matched, so a changed password or
 * a lock ends the shortcut at once.
 */
@Component
class BasicCredentialsCache {

	private static final Duration TTL = Duration.ofMinutes(5);

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Each thread's keyed hash, made and keyed once: looking up the algorithm's provider costs more than the hash. */
	private final ThreadLocal<Mac> macs;

	private final Clock clock;

	BasicCredentialsCache(Clock clock) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		});
		this.clock = clock;
	}

	boolean matches(String username, String password, String passwordHash) {
		Entry entry = entries.get(username);
		return entry != null && entry.expires().isAfter(clock.instant()) && entry.passwordHash().equals(passwordHash)
				&& entry.credentials().equals(digest(username, password));
	}

	void remember(String username, String password, String passwordHash) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(username, new Entry(digest(username, password), passwordHash, clock.instant().plus(TTL)));
	}

	void forget(String username) {
		entries.remove(username);
	}

	private String digest(String username, String password) {
		byte[] hash = macs.get().doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(hash);
	}

	private record Entry(String credentials, String passwordHash, Instant expires) {
	}
}
