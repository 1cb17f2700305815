package org.clientcare.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the stored slow hash. The hash comparison is skipped for credentials that matched moments
 * ago ({@link BasicCredentialsCache}), and for those only, the account state read in the last seconds is used
 * ({@link SignedInAccounts}: a lock, disablement or role change takes effect within its TTL); every other sign-in
 * reads the account afresh. Every comparison is counted as a failure before it is made
 * ({@link SignInAttempts#reserve}), so a flood of guesses cannot outrun the lock-out.
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

	private final BasicCredentialsCache cache;

	private final SignInAttempts attempts;

	private final StaffUserDetailsService users;

	private final SignedInAccounts accounts;

	StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords, BasicCredentialsCache cache,
			SignInAttempts attempts, SignedInAccounts accounts) {
		super(users);
		setPasswordEncoder(passwords);
		this.users = users;
		this.cache = cache;
		this.attempts = attempts;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username != null && credentials != null) {
			var recent = accounts.recent(username);
			if (recent.isPresent() && cache.matches(username, credentials.toString(), recent.get().passwordHash())) {
				StaffPrincipal principal = users.principal(recent.get());
				getPreAuthenticationChecks().check(principal); // locked, disabled: refused as when read afresh
				getPostAuthenticationChecks().check(principal);
				return createSuccessAuthentication(principal, authentication, principal);
			}
		}
		return super.authenticate(authentication);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		Object credentials = authentication.getCredentials();
		if (credentials == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		if (cache.matches(user.getUsername(), credentials.toString(), user.getPassword())) {
			return;
		}
		accounts.forget(user.getUsername()); // the count of failures changes: the next sign-in reads it afresh
		attempts.reserve(user.getUsername());
		try {
			super.additionalAuthenticationChecks(user, authentication);
		}
		catch (BadCredentialsException e) {
			attempts.failed(user.getUsername());
			throw e;
		}
		attempts.succeeded(user.getUsername());
		cache.remember(user.getUsername(), credentials.toString(), user.getPassword());
	}
}
