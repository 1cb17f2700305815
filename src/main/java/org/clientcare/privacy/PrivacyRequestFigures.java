package org.clientcare.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The read model of data-subject requests for the KPIs (SPEC §11, §12; published by the privacy module, not one of the
 * 14 figures of {@code GET /api/v1/kpis}): of those answered between {@code from} and {@code to} (inclusive, by the day
 * of the answer), how many were answered by their due date; and how many are open and overdue today — within the
 * caller's customer scope and, when {@code orgUnit} is given, the requests of that unit and the units below it.
 *
 * @param orgUnit    the code of the unit asked about, {@code null} for all the caller reaches
 * @param onTimeRate {@code answeredOnTime / answered} with 4 decimals, {@code null} when none was answered
 */
public record PrivacyRequestFigures(LocalDate from, LocalDate to, String orgUnit, long received, long answered,
		long answeredOnTime, BigDecimal onTimeRate, long open, long overdue) {

	/** The on-time rate in per cent with one decimal, {@code null} when none was answered. */
	public BigDecimal onTimePercent() {
		return onTimeRate == null ? null : onTimeRate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
	}
}
