package org.clientcare.vip;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A candidate's figures when proposed, from the core system's latest report on or before that day: average daily
 * deposits and annual contribution in CNY, growth of the average daily deposits in percent against the report a year
 * earlier ({@code null} without one), full years of relationship, and whether a bad-credit record or pending
 * litigation was reported.
 */
public record VipFigures(LocalDate asOf, BigDecimal avgDailyDeposits, BigDecimal annualContribution,
		BigDecimal growthPct, Integer relationshipYears, boolean badCredit) {
}
