package org.clientcare.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads staff users for sign-in; a user locked out after failed sign-ins is reported locked until the lock ends. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUsers users;

	private final Clock clock;

	StaffUserDetailsService(StaffUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.credentials(username)
			.map(c -> new StaffPrincipal(c.user(), c.passwordHash(),
					c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant()), c.failedAttempts()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
