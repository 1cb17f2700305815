package org.clientcare.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Working days (工作日) under the State Council's holiday notice, SPEC §9. In a year with a loaded calendar a day is
 * a working day when it is a working weekend day (调休), or a Monday to Friday that is not a holiday; in a year without
 * one, every Monday to Friday is a working day. Immutable; callers that need to warn about the fallback ask
 * {@link #hasYear(int)} or {@link #yearsWithoutCalendar(LocalDate, LocalDate)}.
 */
public final class WorkingDayCalendar {

	private static final WorkingDayCalendar MONDAY_TO_FRIDAY = new WorkingDayCalendar(Set.of(), Set.of(), Set.of());

	private final SortedSet<Integer> years;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingWeekendDays;

	/**
	 * A calendar of the given loaded years with their holidays and working weekend days; every day must lie in one of
	 * the years, no day may be both, and a working weekend day must be a Saturday or Sunday.
	 */
	public WorkingDayCalendar(Collection<Integer> years, Collection<LocalDate> holidays,
			Collection<LocalDate> workingWeekendDays) {
		this.years = new TreeSet<>(years);
		this.holidays = Set.copyOf(holidays);
		this.workingWeekendDays = Set.copyOf(workingWeekendDays);
		for (LocalDate day : this.holidays) {
			require(this.years.contains(day.getYear()), day + " lies in a year that is not loaded");
			require(!this.workingWeekendDays.contains(day), day + " is both a holiday and a working weekend day");
		}
		for (LocalDate day : this.workingWeekendDays) {
			require(this.years.contains(day.getYear()), day + " lies in a year that is not loaded");
			require(isWeekend(day), day + " is not a Saturday or Sunday");
		}
	}

	/** A calendar with no year loaded: Monday to Friday are the working days. */
	public static WorkingDayCalendar mondayToFriday() {
		return MONDAY_TO_FRIDAY;
	}

	/** A calendar made of the given loaded years. */
	public static WorkingDayCalendar of(Collection<CalendarYear> years) {
		var loaded = years.stream().filter(CalendarYear::loaded).toList();
		return new WorkingDayCalendar(loaded.stream().map(CalendarYear::year).toList(),
				loaded.stream().flatMap(year -> year.holidays().stream()).map(CalendarDay::date).toList(),
				loaded.stream().flatMap(year -> year.workingWeekendDays().stream()).map(CalendarDay::date).toList());
	}

	public boolean isWorkingDay(LocalDate day) {
		if (!years.contains(day.getYear())) {
			return !isWeekend(day);
		}
		return workingWeekendDays.contains(day) || (!isWeekend(day) && !holidays.contains(day));
	}

	/**
	 * The {@code n}-th working day after {@code from}; {@code from} itself never counts, whether or not it is a working
	 * day, and {@code n = 0} gives {@code from}.
	 *
	 * @throws IllegalArgumentException when {@code n} is negative
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		LocalDate day = from;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Whether a calendar is loaded for the year; if not, the year falls back to Monday–Friday. */
	public boolean hasYear(int year) {
		return years.contains(year);
	}

	/** The years with a loaded calendar, in order. */
	public SortedSet<Integer> years() {
		return new TreeSet<>(years);
	}

	/** The years from {@code firstYear} to {@code lastYear} (inclusive) that fall back to Monday–Friday. */
	public List<Integer> yearsWithoutCalendar(int firstYear, int lastYear) {
		return IntStream.rangeClosed(firstYear, lastYear).filter(year -> !hasYear(year)).boxed().toList();
	}

	/**
	 * The years touched by the days from {@code from} to {@code to} (either order) that fall back to Monday–Friday:
	 * a deadline computed across them may be off.
	 */
	public List<Integer> yearsWithoutCalendar(LocalDate from, LocalDate to) {
		return yearsWithoutCalendar(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()));
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
