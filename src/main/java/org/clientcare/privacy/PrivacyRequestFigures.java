package org.clientcare.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The read model of data-subject requests for the KPIs: of those answered between {@code from} and {@code to}
 * (inclusive, by the day of the answer), how many were answered by their due date; and how many are open and overdue
 * today.
 *
 * @param onTimeRate {@code answeredOnTime / answered} with 4 decimals, {@code null} when none was answered
 */
public record PrivacyRequestFigures(LocalDate from, LocalDate to, long received, long answered, long answeredOnTime,
		BigDecimal onTimeRate, long open, long overdue) {
}
