package org.clientcare.tiering;

import java.util.List;

/**
 * The tiers of many customers changed at once: the nightly job publishes one such event per chunk of customers
 * (10,000 by default), committed with that chunk, instead of a {@link TierChanged} per customer. Each customer
 * appears at most once. Single changes (new figures of one customer, an override or its approval) still come as
 * {@link TierChanged}; a listener that follows every tier change listens to both.
 */
public record TiersChanged(List<TierChanged> changes) {

	public TiersChanged {
		changes = List.copyOf(changes);
	}
}
