package org.clientcare.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The KPI definitions (指标口径), a versioned setting changed by administrators: from which score a rating counts as
 * satisfied (revisits and complaints, 1–5), what the complaint rate counts per, how much the year-on-year figures
 * (complaint count and rate, churn) must fall, and the targets of the other figures — rates as shares (0.95), account
 * targets per sub-branch and week ({@code NEW_SETTLEMENT_ACCOUNTS_WEEK}) or month ({@code …_MONTH}).
 */
public record KpiDefinitions(int version, int satisfiedFrom, ComplaintRateBasis complaintRateBasis,
		BigDecimal yearOnYearCut, Map<String, BigDecimal> targets, Instant createdAt, String createdBy, String reason) {

	public BigDecimal target(String key) {
		return targets.get(key);
	}
}
