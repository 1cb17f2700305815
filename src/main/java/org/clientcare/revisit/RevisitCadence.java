package org.clientcare.revisit;

import java.time.LocalDate;
import java.util.Map;

/**
 * The cadence by tier (§5): DIAMOND monthly, PLATINUM quarterly, GOLD half-yearly, every other tier (and no tier)
 * yearly, by default. The open cadence revisit is due the interval after the last completed cadence revisit, or after
 * the start of the relationship when there was none. Month arithmetic keeps the day of month, or the month's last day
 * when it is shorter (2026-08-31 + 6 months = 2027-02-28), the same as PostgreSQL's date + interval. The planner's
 * set-based statements take their SQL form from this rule ({@code internal/CadenceSql}); {@code CadenceAgreementTest}
 * keeps the two in step.
 */
public record RevisitCadence(Map<String, Integer> monthsByTier, int defaultMonths) {

	public int months(String tier) {
		return tier == null ? defaultMonths : monthsByTier.getOrDefault(tier, defaultMonths);
	}

	public LocalDate due(String tier, LocalDate lastCompleted, LocalDate relationshipSince) {
		return (lastCompleted != null ? lastCompleted : relationshipSince).plusMonths(months(tier));
	}
}
