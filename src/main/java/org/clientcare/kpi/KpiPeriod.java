package org.clientcare.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a figure covers, both ends included: a calendar week (Monday to Sunday), month, quarter or year, or any
 * span from–to ({@link Kind#CUSTOM}). The previous period is the one of the same kind before it; before a custom span,
 * the span of the same length that ends the day before it starts.
 */
public record KpiPeriod(Kind kind, LocalDate from, LocalDate to) {

	public KpiPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after the day it starts");
		}
	}

	/** The period of this kind that holds {@code day}. */
	public static KpiPeriod of(Kind kind, LocalDate day) {
		return switch (kind) {
			case WEEK -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new KpiPeriod(kind, monday, monday.plusDays(6));
			}
			case MONTH -> new KpiPeriod(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTER -> {
				LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new KpiPeriod(kind, first, first.plusMonths(3).minusDays(1));
			}
			case YEAR -> new KpiPeriod(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
			case CUSTOM -> new KpiPeriod(kind, day, day);
		};
	}

	public static KpiPeriod between(LocalDate from, LocalDate to) {
		return new KpiPeriod(Kind.CUSTOM, from, to);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The period just before this one. */
	public KpiPeriod previous() {
		return switch (kind) {
			case WEEK -> of(kind, from.minusWeeks(1));
			case MONTH -> of(kind, from.minusMonths(1));
			case QUARTER -> of(kind, from.minusMonths(3));
			case YEAR -> of(kind, from.minusYears(1));
			case CUSTOM -> between(from.minusDays(days()), from.minusDays(1));
		};
	}

	/** The same period a year earlier (for the year-on-year targets). */
	public KpiPeriod yearEarlier() {
		return kind == Kind.CUSTOM || kind == Kind.WEEK ? new KpiPeriod(kind, from.minusYears(1), to.minusYears(1))
				: of(kind, from.minusYears(1));
	}

	/** How many calendar months the period spans, at least one (for monthly targets). */
	public long months() {
		return Math.max(1, Math.round(days() / 30.44));
	}

	/** How many weeks the period spans, at least one (for weekly targets). */
	public long weeks() {
		return Math.max(1, Math.round(days() / 7.0));
	}

	/** Week, month, quarter, year, or a span of days. */
	public enum Kind {
		WEEK, MONTH, QUARTER, YEAR, CUSTOM
	}
}
