package org.clientcare.identity.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The state of recently signed-in accounts (role, org unit, enabled, lock, password hash), kept for
 * {@code clientcare.security.account-cache-ttl} (2 s by default) so that an API client sending its credentials with
 * every request does not have its account read with every request.
 * <p>
 * The rule that keeps it safe: an entry is used only for credentials that passed the slow password check against
 * the very hash the entry holds ({@link BasicCredentialsCache}); any other sign-in — a wrong or new password, a page
 * sign-in with a password not seen — reads the account afresh. An entry lives at most the TTL from the moment it was
 * read, on every instance, so a lock, a disablement or a role change made anywhere (by this instance, another one, or
 * SQL) takes effect within the TTL; on this instance a lock, an unlock and any password check end the entry at once.
 */
@Component
class SignedInAccounts {

	private final Cache<String, StaffUsers.Credentials> accounts;

	SignedInAccounts(@Value("${clientcare.security.account-cache-ttl:PT2S}") Duration ttl) {
		this.accounts = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
	}

	Optional<StaffUsers.Credentials> recent(String username) {
		return Optional.ofNullable(accounts.getIfPresent(username));
	}

	void remember(StaffUsers.Credentials credentials) {
		accounts.put(credentials.user().username(), credentials);
	}

	void forget(String username) {
		accounts.invalidate(username);
	}
}
