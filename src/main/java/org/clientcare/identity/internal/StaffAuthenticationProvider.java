package org.clientcare.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the stored slow hash. The account is loaded afresh every time (locks and disabling take
 * effect at once); only the hash comparison is skipped for credentials that matched moments ago. Every comparison is
 * counted as a failure before it is made ({@link SignInAttempts#reserve}), so a flood of guesses cannot outrun the
 * lock-out.
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

	private final BasicCredentialsCache cache;

	private final SignInAttempts attempts;

	StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords, BasicCredentialsCache cache,
			SignInAttempts attempts) {
		super(users);
		setPasswordEncoder(passwords);
		this.cache = cache;
		this.attempts = attempts;
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
