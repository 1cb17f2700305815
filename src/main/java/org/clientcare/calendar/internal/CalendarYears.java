package org.clientcare.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.clientcare.calendar.CalendarDay;
import org.clientcare.calendar.CalendarYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code calendar_year} and {@code calendar_day}. */
@Repository
public class CalendarYears {

	private static final String HOLIDAY = "HOLIDAY";

	private static final String WORKING_WEEKEND = "WORKING_WEEKEND";

	private final JdbcClient jdbc;

	CalendarYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every loaded year with its days, in year order. */
	public List<CalendarYear> all() {
		var heads = jdbc.sql("select * from calendar_year order by year").query((rs, n) -> new Head(rs.getInt("year"),
				rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"), rs.getLong("version"))).list();
		Map<Integer, Days> days = new TreeMap<>();
		jdbc.sql("select day, year, kind, name from calendar_day order by day").query(rs -> {
			days.computeIfAbsent(rs.getInt("year"), year -> new Days()).add(rs.getObject("day", LocalDate.class),
					rs.getString("kind"), rs.getString("name"));
		});
		return heads.stream().map(head -> head.with(days.getOrDefault(head.year(), new Days()))).toList();
	}

	/**
	 * What the loaded years look like now, cheaply: their count and the sum of their versions. Years are never
	 * removed and every replacement raises a version, so any change on any instance changes the stamp.
	 */
	public String stamp() {
		return jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from calendar_year").query(String.class).single();
	}

	public Optional<CalendarYear> find(int year) {
		return jdbc.sql("select * from calendar_year where year = ?").param(year)
			.query((rs, n) -> new Head(year, rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"),
					rs.getLong("version")))
			.optional().map(head -> head.with(days(year)));
	}

	/** Locks a loaded year's row until the transaction ends, so that replacements of one year queue up. */
	public void lock(int year) {
		jdbc.sql("select year from calendar_year where year = ? for update").param(year).query(Integer.class).optional();
	}

	/** Loads a year, or replaces all its days, and answers its new version (0 when first loaded). */
	public long replace(int year, List<CalendarDay> holidays, List<CalendarDay> workingWeekendDays, Instant now,
			String by) {
		long version = jdbc.sql("""
				insert into calendar_year (year, loaded_at, loaded_by) values (?, ?, ?)
				on conflict (year) do update
				  set loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, version = calendar_year.version + 1
				returning version""")
			.params(year, Timestamp.from(now), by).query(Long.class).single();
		jdbc.sql("delete from calendar_day where year = ?").param(year).update();
		insert(year, HOLIDAY, holidays);
		insert(year, WORKING_WEEKEND, workingWeekendDays);
		return version;
	}

	private void insert(int year, String kind, List<CalendarDay> days) {
		for (CalendarDay day : days) {
			jdbc.sql("insert into calendar_day (day, year, kind, name) values (?, ?, ?, ?)")
				.params(day.date(), year, kind, day.name()).update();
		}
	}

	private Days days(int year) {
		var days = new Days();
		jdbc.sql("select day, kind, name from calendar_day where year = ? order by day").param(year)
			.query(rs -> {
				days.add(rs.getObject("day", LocalDate.class), rs.getString("kind"), rs.getString("name"));
			});
		return days;
	}

	private record Head(int year, Instant loadedAt, String loadedBy, long version) {

		CalendarYear with(Days days) {
			return new CalendarYear(year, true, days.holidays, days.workingWeekendDays, loadedAt, loadedBy, version);
		}
	}

	private static final class Days {

		final List<CalendarDay> holidays = new ArrayList<>();

		final List<CalendarDay> workingWeekendDays = new ArrayList<>();

		void add(LocalDate day, String kind, String name) {
			(HOLIDAY.equals(kind) ? holidays : workingWeekendDays).add(new CalendarDay(day, name));
		}
	}
}
