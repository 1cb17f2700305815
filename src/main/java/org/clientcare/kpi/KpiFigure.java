package org.clientcare.kpi;

import java.math.BigDecimal;

/**
 * One figure of a period: its {@code value} (a rate is {@code numerator ÷ denominator} to 4 decimals, a count has no
 * denominator), its {@code target}, the {@code previous} period's value, the {@code change} against it (value −
 * previous), and {@code status} against the target ({@code GREEN}, {@code AMBER}, {@code RED}; none without a target
 * or a value). A figure whose records are not kept has no value.
 */
public record KpiFigure(KpiCode code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal target,
		BigDecimal previous, BigDecimal change, Status status) {

	/** Red, amber or green against the target. */
	public enum Status {
		GREEN, AMBER, RED
	}
}
