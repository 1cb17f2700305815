package org.clientcare.tiering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A customer's tier as callers see it: the tier in force ({@code null}: not tiered), by which scheme
 * ({@code OVERRIDE} while an approved override lasts), since when, the tier the rules compute, the override, the
 * explanation (scheme, rule, input figures, thresholds, and {@code words}: the same in sentences of the caller's
 * language) and the history of changes, newest first.
 */
public record TierView(long customerId, Tier tier, TierScheme scheme, Instant since, Tier computedTier,
		Override override, Map<String, Object> explanation, List<Change> history) {

	/** An approved override: the tier, until when (inclusive; null: no end date), why, and the approval request. */
	public record Override(Tier tier, LocalDate until, String reason, Long approvalId) {
	}

	/** One change of the tier; {@code source} is RECOMPUTED, OVERRIDE or OVERRIDE_ENDED. */
	public record Change(Tier from, Tier to, TierScheme scheme, String rule, String source, Instant changedAt) {
	}
}
