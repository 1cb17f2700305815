package org.clientcare.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the stored slow hash. The account is loaded afresh every time (locks and disabling take
 * effect at once); only the hash comparison is skipped for credentials that matched moments ago.
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

	private final BasicCredentialsCache cache;

	StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords, BasicCredentialsCache cache) {
		super(users);
		setPasswordEncoder(passwords);
		this.cache = cache;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		Object credentials = authentication.getCredentials();
		if (credentials != null && cache.matches(user.getUsername(), credentials.toString(), user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		cache.remember(user.getUsername(), credentials.toString(), user.getPassword());
	}
}
