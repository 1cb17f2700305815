package org.clientcare.kpi;

import java.math.BigDecimal;

/**
 * One figure of a period: its {@code value} (a rate is {@code numerator ÷ denominator} to 4 decimals, a count has no
 * denominator), its {@code target}, the {@code previous} period's value, the {@code change} against it as a fraction
 * ((value − previous) ÷ previous, to 4 decimals: −0.2 is 20 % fewer; none when the previous value is none or zero), the
 * {@code difference} (value − previous), and {@code status} against the target ({@code GREEN}, {@code AMBER}, {@code RED}; none without a target
 * or a value). A figure whose records are not kept has no value.
 */
public record KpiFigure(KpiCode code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal target,
		BigDecimal previous, BigDecimal change, BigDecimal difference, Status status) {

	/** Red, amber or green against the target. */
	public enum Status {
		GREEN, AMBER, RED
	}
}
