package org.clientcare.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.clientcare.identity.Permission;
import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.internal.CalendarYearRules;
import org.clientcare.calendar.internal.CalendarYears;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.KeptDates;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business calendar (工作日历, SPEC §9): working days and the N-th working day after a date for every module's
 * deadlines, read from an in-memory copy of the loaded years that is refreshed after each edit; and the admin's
 * loading or replacing of a year (audited). A year with no calendar falls back to Monday–Friday; {@link #missingYears()}
 * names this year and next year when they have none, so that the UI can warn.
 */
@Service
public class CalendarManagement {

	/** The most working days one may add: about fourteen years. */
	public static final int MAX_WORKING_DAYS = 3660;

	private final CalendarYears years;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Loaded current;

	CalendarManagement(CalendarYears years, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.years = years;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The {@code n}-th working day after {@code from} ({@code from} itself never counts; {@code n = 0} gives
	 * {@code from}). Refuses {@code n} outside 0–{@value #MAX_WORKING_DAYS} (field {@code add}) and a date outside
	 * the years 1–9999 (field {@code from}), and a count that would end past 9999-12-31 (field {@code add}).
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		var problems = new InvalidInput.Collector();
		if (from == null || from.getYear() < 1 || from.getYear() > 9999) {
			problems.add("from", from == null ? "required" : "range", "A date between 0001-01-01 and 9999-12-31");
		}
		if (n < 0 || n > MAX_WORKING_DAYS) {
			problems.add("add", "range", "Between 0 and " + MAX_WORKING_DAYS + " working days");
		}
		problems.throwIfAny();
		LocalDate day = calendar().addWorkingDays(from, n);
		if (day.isAfter(KeptDates.LAST)) {
			throw InvalidInput.of("add", "range", "The working day would fall after " + KeptDates.LAST);
		}
		return day;
	}

	public boolean isWorkingDay(LocalDate day) {
		return calendar().isWorkingDay(day);
	}

	/**
	 * The current calendar, to compute many dates against one consistent state. It is kept in memory and loaded again
	 * when the stamp of the loaded years changed, so a year replaced on any instance of the cluster counts at once.
	 */
	public WorkingDayCalendar calendar() {
		String stamp = years.stamp();
		Loaded loaded = current;
		if (loaded == null || !loaded.stamp().equals(stamp)) {
			synchronized (this) {
				loaded = current;
				if (loaded == null || !loaded.stamp().equals(stamp)) {
					// read after the stamp: at least as new as it, and a change meanwhile only causes one more load
					loaded = new Loaded(stamp, WorkingDayCalendar.of(years.all()));
					current = loaded;
				}
			}
		}
		return loaded.calendar();
	}

	/** The years with a loaded calendar, in order. */
	public SortedSet<Integer> yearsLoaded() {
		return calendar().years();
	}

	/** This year and next year (in the institution's zone), those of the two with no calendar loaded. */
	public List<Integer> missingYears() {
		int thisYear = LocalDate.now(clock).getYear();
		return calendar().yearsWithoutCalendar(thisYear, thisYear + 1);
	}

	/** A year as loaded, or {@link CalendarYear#notLoaded} when it has no calendar; refuses years outside 2000–2100. */
	@Transactional(readOnly = true)
	public CalendarYear year(int year) {
		CalendarYearRules.checkYear(year);
		return years.find(year).orElseGet(() -> CalendarYear.notLoaded(year));
	}

	/**
	 * Loads a year's calendar, or replaces it whole, for admins only ({@link Forbidden} otherwise). Every day must lie
	 * in that year and be listed once, no holiday may also be a working weekend day, and a working weekend day must be
	 * a Saturday or Sunday; refusals are {@link InvalidInput} naming the field ({@code holidays[0].date}). Audited
	 * with the counts and days before and after. Every instance's next read of the calendar sees the change once it
	 * commits.
	 */
	@Transactional
	public CalendarYear replaceYear(int year, List<CalendarDay> holidays, List<CalendarDay> workingWeekendDays) {
		if (!identity.currentMay(Permission.ADMINISTER)) {
			throw new Forbidden("admin-only", "Only an administrator may change the business calendar");
		}
		var checked = CalendarYearRules.check(year, holidays, workingWeekendDays);
		years.lock(year);
		CalendarYear before = years.find(year).orElse(null);
		years.replace(year, checked.holidays(), checked.workingWeekendDays(), clock.instant(), CurrentActor.get().username());
		CalendarYear after = years.find(year).orElseThrow();
		audit.record("calendar.year-replaced", "calendar_year", year, before == null ? null : state(before), state(after));
		return after;
	}

	private static Map<String, Object> state(CalendarYear year) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("version", year.version());
		state.put("holidays", year.holidays().size());
		state.put("workingWeekendDays", year.workingWeekendDays().size());
		state.put("holidayDates", year.holidays().stream().map(day -> day.date().toString()).toList());
		state.put("workingWeekendDates", year.workingWeekendDays().stream().map(day -> day.date().toString()).toList());
		return state;
	}

	/** A calendar as loaded, with the stamp of the years it was loaded from. */
	private record Loaded(String stamp, WorkingDayCalendar calendar) {
	}
}
