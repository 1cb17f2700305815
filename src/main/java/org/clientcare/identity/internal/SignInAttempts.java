package org.clientcare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out (SPEC §11): after {@code clientcare.security.max-failed-sign-ins} failed sign-ins in a row, the account is
 * locked for {@code clientcare.security.lock-out}. Locks are audited.
 * <p>
 * A password check counts as a failure before it is made: {@link #reserve} raises the count in one statement, and
 * only while it is below the limit, so that however many guesses arrive at once, no more than the limit are checked
 * before the lock holds. A correct password resets the count. A check that finds every place taken by checks still
 * in flight waits for them — they end in a lock, or in a success that frees the places — so that concurrent correct
 * sign-ins of an unlocked user all get in.
 */
@Component
class SignInAttempts {

	/** How long a check waits for places held by checks in flight, which take a slow hash's time each. */
	private static final Duration WAIT_FOR_PLACE = Duration.ofSeconds(20);

	private final StaffUsers users;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockOut;

	private final BasicCredentialsCache cache;

	private final SignedInAccounts accounts;

	SignInAttempts(StaffUsers users, AuditTrail audit, Clock clock, BasicCredentialsCache cache, SignedInAccounts accounts,
			@Value("${clientcare.security.max-failed-sign-ins:5}") int maxFailures,
			@Value("${clientcare.security.lock-out:PT15M}") Duration lockOut) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.cache = cache;
		this.accounts = accounts;
		this.maxFailures = maxFailures;
		this.lockOut = lockOut;
	}

	/**
	 * Counts the coming password check as a failure, before it is made.
	 *
	 * @throws LockedException when the account is locked, or becomes locked while this check waits for a place
	 */
	void reserve(String username) {
		long deadline = System.nanoTime() + WAIT_FOR_PLACE.toNanos();
		long pause = 5;
		while (true) {
			Instant now = clock.instant();
			var reserved = users.reserveCheck(username, maxFailures, now);
			if (reserved.isPresent()) {
				return;
			}
			var state = users.credentials(username);
			if (state.isEmpty()) {
				return; // gone meanwhile: the check fails on its own
			}
			if (state.get().lockedUntil() != null && state.get().lockedUntil().isAfter(now)) {
				throw new LockedException("Account locked after repeated failed sign-ins");
			}
			if (System.nanoTime() > deadline) {
				throw new LockedException("Too many sign-ins of this account at once");
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new LockedException("Interrupted while waiting to check the password");
			}
			pause = Math.min(pause * 2, 100);
		}
	}

	/** The reserved check failed: the failure stays counted; at the limit, the account is locked. */
	@Transactional
	public void failed(String username) {
		var until = clock.instant().plus(lockOut);
		Integer failures = users.lockIfFailedAtLeast(username, maxFailures, until).orElse(null);
		if (failures == null) {
			return;
		}
		cache.forget(username);
		accounts.forget(username);
		CurrentActor.runAs(Actor.system("sign-in").from(CurrentActor.clientAddress()), () -> audit.record("user.locked",
				"user", username, null, Map.of("lockedUntil", until.toString(), "failedSignIns", failures)));
	}

	/** The reserved check succeeded: failures in a row start afresh. */
	void succeeded(String username) {
		users.recordSuccess(username);
	}

	/**
	 * Resets the count after a sign-in that needed no check (credentials that matched moments ago). API clients sign
	 * in with every request, so the (single-statement) write happens only when there is something to reset.
	 */
	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal && principal.failedAttempts() > 0) {
			users.recordSuccess(event.getAuthentication().getName());
		}
	}
}
