package org.clientcare.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.calendar.CalendarDay;
import org.clientcare.shared.problem.InvalidInput;

/**
 * What an admin may load as a year of the calendar: every day inside that year, no day twice, no holiday on a working
 * weekend day, and every working weekend day a Saturday or Sunday. Refusals name the field at fault, as the JSON body
 * spells it ({@code holidays[2].date}).
 */
public final class CalendarYearRules {

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	static final int MAX_DAYS = 366;

	static final int MAX_NAME = 50;

	private CalendarYearRules() {
	}

	public static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidInput.of("year", "range", "The year must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
		}
	}

	/** The year's days as they will be stored, sorted, names trimmed; or the refusal of every fault found. */
	public static Year check(int year, List<CalendarDay> holidays, List<CalendarDay> workingWeekendDays) {
		checkYear(year);
		var problems = new InvalidInput.Collector();
		Set<LocalDate> worked = dates(workingWeekendDays);
		List<CalendarDay> off = days(year, "holidays", holidays, problems, (field, day) -> {
			if (worked.contains(day)) {
				problems.add(field, "on-working-weekend-day", day + " is also listed as a working weekend day");
			}
		});
		List<CalendarDay> on = days(year, "workingWeekendDays", workingWeekendDays, problems, (field, day) -> {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				problems.add(field, "not-weekend", day + " is not a Saturday or Sunday");
			}
		});
		problems.throwIfAny();
		return new Year(off, on);
	}

	private static List<CalendarDay> days(int year, String field, List<CalendarDay> days,
			InvalidInput.Collector problems, DayRule rule) {
		if (days == null) {
			problems.add(field, "required", "'" + field + "' is required; send [] for none");
			return List.of();
		}
		if (days.size() > MAX_DAYS) {
			problems.add(field, "size", "At most " + MAX_DAYS + " days");
			return List.of();
		}
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			String at = field + "[" + i + "]";
			CalendarDay day = days.get(i);
			if (day == null || day.date() == null) {
				problems.add(day == null ? at : at + ".date", "required", "A date is required");
				continue;
			}
			if (day.date().getYear() != year) {
				problems.add(at + ".date", "outside-year", day.date() + " does not lie in " + year);
			}
			else if (!seen.add(day.date())) {
				problems.add(at + ".date", "duplicate", day.date() + " is listed twice");
			}
			else {
				rule.check(at + ".date", day.date());
			}
			if (day.name() != null && day.name().strip().length() > MAX_NAME) {
				problems.add(at + ".name", "size", "At most " + MAX_NAME + " characters");
			}
			else if (day.name() != null && day.name().chars().anyMatch(Character::isISOControl)) {
				problems.add(at + ".name", "control-character", "The name may not contain control characters");
			}
		}
		return days.stream().filter(day -> day != null && day.date() != null)
			.map(day -> new CalendarDay(day.date(), day.name() == null ? "" : day.name().strip()))
			.sorted(Comparator.comparing(CalendarDay::date)).toList();
	}

	private static Set<LocalDate> dates(List<CalendarDay> days) {
		return days == null ? Set.of()
				: days.stream().filter(day -> day != null && day.date() != null).map(CalendarDay::date)
					.collect(Collectors.toSet());
	}

	/** A year's days that passed the rules. */
	public record Year(List<CalendarDay> holidays, List<CalendarDay> workingWeekendDays) {
	}

	@FunctionalInterface
	private interface DayRule {

		void check(String field, LocalDate day);
	}
}
