package org.clientcare.entitlement.internal;

import java.time.Clock;
import java.util.Set;

import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TiersChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Entitlements follow the tier (§3): every tier change the tiering module publishes — one customer's, or the nightly
 * job's chunk, whose customers it reads from the tiering module's {@code tier_change_ref} — brings the grants of the customers named in line with the tier they have now (read from
 * {@code customer_ref}, so events handled late or twice leave the right grants). An upgrade to DIAMOND grants the
 * DIAMOND entitlements the same night, a downgrade withdraws what the lower tier does not carry.
 */
@Component
class TierFollowing {

	private final Grants grants;

	private final Clock clock;

	TierFollowing(Grants grants, Clock clock) {
		this.grants = grants;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TierChanged event) {
		grants.reconcile(Set.of(event.customer().value()), clock.instant());
	}

	@ApplicationModuleListener
	void on(TiersChanged event) {
		grants.reconcile(grants.tierChanged(event.afterId(), event.upToId(), event.at()), clock.instant());
	}
}
