package org.clientcare.tiering;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * A customer's tier changed (by the nightly job, new figures, an approved override or its end). {@code from} or
 * {@code to} is null when the customer was or becomes untiered.
 */
public record TierChanged(CustomerId customer, Tier from, Tier to, TierScheme scheme, Instant since) {
}
