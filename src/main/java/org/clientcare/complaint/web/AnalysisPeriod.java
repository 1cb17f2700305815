package org.clientcare.complaint.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The period an analysis covers: by default the last 90 days; at most ten years. */
final class AnalysisPeriod {

	private AnalysisPeriod() {
	}

	static LocalDate[] of(LocalDate from, LocalDate to, Clock clock) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null || from.isAfter(end) ? end.minusDays(90) : from;
		if (ChronoUnit.DAYS.between(start, end) > 3660) {
			start = end.minusDays(3660);
		}
		return new LocalDate[] { start, end };
	}
}
