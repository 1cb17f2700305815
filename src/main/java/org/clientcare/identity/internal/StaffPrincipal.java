package org.clientcare.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.Permission;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Actor;
import org.clientcare.shared.ActorSource;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: its permissions as authorities ({@link Permission#authority()}), and {@value #SEES_CUSTOMERS}
 * when its role sees any customer (every role but the intake's machine user). It is serialized into the
 * page session in the database, which every instance reads.
 */
final class StaffPrincipal implements UserDetails, CredentialsContainer, ActorSource {

	/** The authority of staff whose role sees customers: the API and pages beyond the intake endpoints. */
	static final String SEES_CUSTOMERS = "customers:see";

	private static final long serialVersionUID = 1L;

	private final StaffUser user;

	private String passwordHash;

	private final boolean locked;

	private final int failedAttempts;

	StaffPrincipal(StaffUser user, String passwordHash, boolean locked, int failedAttempts) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.failedAttempts = failedAttempts;
	}

	StaffUser user() {
		return user;
	}

	/** Failed sign-ins in a row before this one, as loaded with the account. */
	int failedAttempts() {
		return failedAttempts;
	}

	@Override
	public Actor actor() {
		return user.actor(null);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (DataScope.reachOf(user.role()) != DataScope.Reach.NONE) {
			authorities.add(new SimpleGrantedAuthority(SEES_CUSTOMERS));
		}
		for (Permission permission : user.role().permissions()) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return user.enabled();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
