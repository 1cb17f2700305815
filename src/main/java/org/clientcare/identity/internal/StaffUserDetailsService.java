package org.clientcare.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff users for sign-in, afresh from the database (and remembers what it read, {@link SignedInAccounts}); a
 * user locked out after failed sign-ins is reported locked until the lock ends.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUsers users;

	private final SignedInAccounts accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffUsers users, SignedInAccounts accounts, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var credentials = users.credentials(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
		accounts.remember(credentials);
		return principal(credentials);
	}

	/** The signed-in staff member of an account state, locked while its lock lasts. */
	StaffPrincipal principal(StaffUsers.Credentials c) {
		return new StaffPrincipal(c.user(), c.passwordHash(),
				c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant()), c.failedAttempts());
	}
}
