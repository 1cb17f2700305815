package org.clientcare.tiering;

import java.time.Instant;

/**
 * The tiers of many customers changed at once: the nightly job publishes one such event per chunk of customers
 * (10,000 by default), committed with that chunk, instead of a {@link TierChanged} per customer. It names the chunk —
 * the customers with ids in {@code afterId < id <= upToId} — and the time {@code at} of its changes, not the changes
 * themselves: those are the rows of the published view {@code tier_change_ref} with {@code customer_id} in that range
 * and {@code changed_at = at} ({@code count} of them, each customer at most once), which a listener reads set-based in
 * its own statement. So an event of 10,000 changes is a few bytes in the event publication registry, not 10,000
 * entries serialised and read back per listener. Single changes (new figures of one customer, an override or its
 * approval) still come as {@link TierChanged}; a listener that follows every tier change listens to both.
 */
public record TiersChanged(long afterId, long upToId, Instant at, int count) {

	public TiersChanged {
		if (upToId <= afterId || count < 1 || at == null) {
			throw new IllegalArgumentException("a range of customers with at least one change at a time");
		}
	}
}
