package org.clientcare.inquiry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The service-level figures of the inquiries the caller sees (SPEC §8) for the days {@code from} to {@code to}
 * (inclusive): how many came in, how many fell due and how many of those were answered (or made a complaint) by their
 * due time — as the KPI {@code INQUIRY_ON_TIME_RATE} counts them, a due one still open only once its due time has
 * passed — and how many are open and overdue now.
 *
 * @param onTimeRate {@code answeredOnTime / due} with 4 decimals, {@code null} when none fell due
 */
public record InquiryFigures(LocalDate from, LocalDate to, long received, long due, long answeredOnTime,
		BigDecimal onTimeRate, long open, long overdue) {

	/** The figures of these counts, the rate computed from them. */
	public static InquiryFigures of(LocalDate from, LocalDate to, long received, long due, long answeredOnTime, long open,
			long overdue) {
		BigDecimal rate = due == 0 ? null
				: BigDecimal.valueOf(answeredOnTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
		return new InquiryFigures(from, to, received, due, answeredOnTime, rate, open, overdue);
	}

	/** The on-time rate in per cent with one decimal, {@code null} when none fell due. */
	public BigDecimal onTimePercent() {
		return onTimeRate == null ? null : onTimeRate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
	}
}
