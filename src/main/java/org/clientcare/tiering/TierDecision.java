package org.clientcare.tiering;

import java.util.Map;

/**
 * What {@link TierPolicy} decided for one customer: the tier (null: not tiered), the scheme, the rule that decided
 * (e.g. {@code retail.aum}, {@code corporate.bad-credit-cap}) and the explanation: scheme, rule, tier, the input
 * figures and the thresholds that applied.
 */
public record TierDecision(Tier tier, TierScheme scheme, String rule, Map<String, Object> explanation) {
}
