package org.clientcare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out (SPEC §11): after {@code clientcare.security.max-failed-sign-ins} failed sign-ins in a row, the account is
 * locked for {@code clientcare.security.lock-out}. Locks are audited.
 */
@Component
class SignInAttempts {

	private final StaffUsers users;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockOut;

	private final BasicCredentialsCache cache;

	SignInAttempts(StaffUsers users, AuditTrail audit, Clock clock, BasicCredentialsCache cache,
			@Value("${clientcare.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${clientcare.security.lock-out:PT15M}") Duration lockOut) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.cache = cache;
		this.maxFailures = maxFailures;
		this.lockOut = lockOut;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		int failures = users.recordFailure(username);
		if (failures >= maxFailures) {
			var until = clock.instant().plus(lockOut);
			users.lock(username, until);
			cache.forget(username);
			CurrentActor.runAs(Actor.system("sign-in").from(origin()), () -> audit.record("user.locked", "user", username,
					null, Map.of("lockedUntil", until.toString(), "failedSignIns", failures)));
		}
	}

	/**
	 * Resets the count of failures in a row. API clients sign in with every request, so the (single-statement) write
	 * happens only when there is something to reset.
	 */
	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) || principal.failedAttempts() > 0) {
			users.recordSuccess(event.getAuthentication().getName());
		}
	}

	private static String origin() {
		return CurrentActor.get().origin();
	}
}
