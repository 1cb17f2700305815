package org.clientcare.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clientcare.calendar.CalendarDay;
import org.clientcare.calendar.CalendarYear;

import org.springframework.validation.BindingResult;

/**
 * The page's form for a year: holidays and working weekend days as typed, one {@code YYYY-MM-DD name} a line, kept as
 * text so that a refused form comes back as entered.
 */
public class YearForm {

	private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?");

	private String holidays = "";

	private String workingWeekendDays = "";

	static YearForm of(CalendarYear year) {
		var form = new YearForm();
		form.holidays = text(year.holidays());
		form.workingWeekendDays = text(year.workingWeekendDays());
		return form;
	}

	/** The days of one text area, each with the line it was typed on; unreadable lines rejected in {@code errors}. */
	static Lines parse(String field, String text, BindingResult errors) {
		List<CalendarDay> days = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		String[] typed = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < typed.length; i++) {
			String line = typed[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			String number = Integer.toString(i + 1);
			if (!matcher.matches()) {
				errors.rejectValue(field, "calendar.error.format", new Object[] { number }, "Line " + number + ": YYYY-MM-DD name");
				continue;
			}
			try {
				days.add(new CalendarDay(LocalDate.parse(matcher.group(1)), matcher.group(2) == null ? "" : matcher.group(2)));
				lines.add(i + 1);
			}
			catch (DateTimeParseException e) {
				errors.rejectValue(field, "calendar.error.type", new Object[] { number }, "Line " + number + ": not a date");
			}
		}
		return new Lines(days, lines);
	}

	private static String text(List<CalendarDay> days) {
		return days.stream().map(day -> (day.date() + " " + day.name()).strip()).collect(Collectors.joining("\n"));
	}

	/** Days read from a text area, and for each the line number it came from. */
	record Lines(List<CalendarDay> days, List<Integer> lineNumbers) {
	}

	public String getHolidays() { return holidays; }
	public void setHolidays(String holidays) { this.holidays = holidays; }
	public String getWorkingWeekendDays() { return workingWeekendDays; }
	public void setWorkingWeekendDays(String workingWeekendDays) { this.workingWeekendDays = workingWeekendDays; }
}
