package org.clientcare.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.calendar.CalendarDay;
import org.clientcare.calendar.CalendarYear;

/**
 * One month of the year view: weeks from Monday to Sunday, each cell a day of the month (or {@code null} before the
 * first and after the last) marked as a working day, weekend, holiday or working weekend day.
 */
public record MonthGrid(int month, List<List<Cell>> weeks) {

	/** The twelve months of a year as loaded; a year not loaded shows Monday–Friday as its working days. */
	static List<MonthGrid> of(CalendarYear year, LocalDate today) {
		Map<LocalDate, Cell> marked = new HashMap<>();
		for (CalendarDay day : year.holidays()) {
			marked.put(day.date(), new Cell(day.date().getDayOfMonth(), "holiday", day.name(), day.date().equals(today)));
		}
		for (CalendarDay day : year.workingWeekendDays()) {
			marked.put(day.date(), new Cell(day.date().getDayOfMonth(), "worked", day.name(), day.date().equals(today)));
		}
		List<MonthGrid> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(year.year(), month);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int blank = 1; blank < yearMonth.atDay(1).getDayOfWeek().getValue(); blank++) {
				week.add(null);
			}
			for (int dayOfMonth = 1; dayOfMonth <= yearMonth.lengthOfMonth(); dayOfMonth++) {
				LocalDate day = yearMonth.atDay(dayOfMonth);
				week.add(marked.getOrDefault(day, new Cell(dayOfMonth, weekend(day) ? "weekend" : "workday", "", day.equals(today))));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new MonthGrid(month, weeks));
		}
		return months;
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** A day in the grid: its number, how it counts ({@code workday}, {@code weekend}, {@code holiday}, {@code worked}), its name. */
	public record Cell(int day, String kind, String name, boolean today) {
	}
}
