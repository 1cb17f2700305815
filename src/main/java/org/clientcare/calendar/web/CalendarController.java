package org.clientcare.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.calendar.CalendarDay;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.calendar.CalendarYear;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business calendar's endpoints: {@code GET /api/v1/calendar/working-days} (§12) and a year's calendar, read by
 * any staff user and loaded or replaced by admins.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	private final CalendarManagement calendar;

	CalendarController(CalendarManagement calendar) {
		this.calendar = calendar;
	}

	/** The {@code add}-th working day after {@code from}. */
	@GetMapping("/working-days")
	WorkingDay workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(CalendarManagement.MAX_WORKING_DAYS) int add) {
		return new WorkingDay(calendar.addWorkingDays(from, add));
	}

	@GetMapping("/years/{year}")
	CalendarYear year(@PathVariable int year) {
		return calendar.year(year);
	}

	/** Loads the year, or replaces all its days (admins only). */
	@Requires(Permission.ADMINISTER)
	@PutMapping("/years/{year}")
	CalendarYear replace(@PathVariable int year, @RequestBody YearBody body) {
		var problems = new InvalidInput.Collector();
		List<CalendarDay> holidays = days("holidays", body.holidays(), problems);
		List<CalendarDay> workingWeekendDays = days("workingWeekendDays", body.workingWeekendDays(), problems);
		problems.throwIfAny();
		return calendar.replaceYear(year, holidays, workingWeekendDays);
	}

	/** The days as sent; dates are read here so that an unreadable one is named by its place in the list. */
	private static List<CalendarDay> days(String field, List<DayBody> days, InvalidInput.Collector problems) {
		if (days == null) {
			return null;
		}
		List<CalendarDay> read = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			DayBody day = days.get(i);
			try {
				read.add(day == null ? null : new CalendarDay(day.date() == null ? null : LocalDate.parse(day.date()), day.name()));
			}
			catch (DateTimeParseException e) {
				problems.add(field + "[" + i + "].date", "type", "'" + field + "[" + i + "].date' is not a date YYYY-MM-DD");
			}
		}
		return read;
	}

	record WorkingDay(LocalDate date) {
	}

	record YearBody(List<DayBody> holidays, List<DayBody> workingWeekendDays) {
	}

	record DayBody(String date, String name) {
	}
}
