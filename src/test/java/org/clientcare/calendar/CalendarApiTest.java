package org.clientcare.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientcare.support.Api.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar endpoints. Tests that load a year use 2099 (and refused loads 2098), so that the years other tests rely
 * on keep the shipped calendar or the Monday–Friday fallback.
 */
@IntegrationTest
class CalendarApiTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2026-09-30, 7, 2026-10-15", "2026-02-13, 7, 2026-03-02", "2026-10-09, 1, 2026-10-10",
			"2026-10-01, 0, 2026-10-01", "2025-09-30, 1, 2025-10-09" })
	void anyStaffUserGetsTheNthWorkingDayAfterADate(String from, int add, String date) {
		for (String user : List.of("zhang.rm", "wang.agent", "liu.handler")) {
			var answer = api.as(user).get("/api/v1/calendar/working-days?from=" + from + "&add=" + add);

			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			assertThat(answer.body().get("date").asString()).isEqualTo(date);
		}
	}

	@ParameterizedTest(name = "{0} → 400 naming {1}")
	@CsvSource({ "from=2026-13-01&add=1, from", "from=30.09.2026&add=1, from", "add=1, from",
			"from=%2B999999999-12-31&add=1, from", "from=2026-09-30, add", "from=2026-09-30&add=-1, add",
			"from=2026-09-30&add=3661, add", "from=2026-09-30&add=seven, add", "from=9999-12-31&add=1, add" })
	void badParametersAreRefusedNamingTheParameter(String query, String field) {
		var answer = api.as("zhang.rm").get("/api/v1/calendar/working-days?" + query);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void aYearLoadedByAnotherInstanceCountsHereAtOnce() {
		LocalDate tuesday = LocalDate.of(2095, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		String url = "/api/v1/calendar/working-days?from=" + tuesday.minusDays(1) + "&add=1";
		assertThat(api.as("zhang.rm").get(url).body().get("date").asString()).isEqualTo(tuesday.toString());

		// what replaceYear writes, written past this instance as another instance of the cluster would
		jdbc.sql("insert into calendar_year (year, loaded_at, loaded_by) values (2095, now(), 'admin')").update();
		jdbc.sql("insert into calendar_day (day, year, kind, name) values (?, 2095, 'HOLIDAY', '测试假日')").param(tuesday).update();

		assertThat(api.as("zhang.rm").get(url).body().get("date").asString()).isEqualTo(tuesday.plusDays(1).toString());
	}

	@Test
	void addingTheMostWorkingDaysAllowedIsAnswered() {
		var answer = api.as("zhang.rm").get("/api/v1/calendar/working-days?from=2026-01-01&add=3660");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(LocalDate.parse(answer.body().get("date").asString())).isAfter(LocalDate.of(2040, 1, 1));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2025, 2026 })
	void theShippedYearsAreThoseOfSpec9(int year) {
		var answer = api.as("wang.agent").get("/api/v1/calendar/years/" + year);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode body = answer.body();
		assertThat(body.get("loaded").asBoolean()).isTrue();
		assertThat(dates(body.get("holidays"))).isEqualTo(ShippedCalendars.holidays(year));
		assertThat(dates(body.get("workingWeekendDays"))).isEqualTo(ShippedCalendars.workingWeekendDays(year));
		assertThat(names(body.get("holidays"))).contains("元旦", "春节", "清明节", "劳动节", "端午节");
	}

	@Test
	void aYearWithoutCalendarIsAnsweredAsNotLoaded() {
		var body = api.as("zhang.rm").get("/api/v1/calendar/years/2090").body();

		assertThat(body.get("loaded").asBoolean()).isFalse();
		assertThat(body.get("holidays").size()).isZero();
		assertThat(body.get("workingWeekendDays").size()).isZero();
	}

	@ParameterizedTest(name = "/years/{0}")
	@ValueSource(strings = { "1999", "2101", "twenty" })
	void aYearOutsideTheCalendarsRangeIsRefused(String year) {
		var answer = api.as("zhang.rm").get("/api/v1/calendar/years/" + year);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("year");
	}

	@Test
	void anAdminLoadsAYearWhichAppliesAtOnceAndIsAudited() {
		var loaded = api.as("admin").put("/api/v1/calendar/years/2099", json(
				"holidays", List.of(day("2099-01-02", "元旦"), day("2099-01-01", "元旦")),
				"workingWeekendDays", List.of(day("2099-01-04", "元旦调休"))));

		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
		assertThat(dates(loaded.body().get("holidays"))).containsExactly(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 2));
		assertThat(loaded.body().get("loadedBy").asString()).isEqualTo("admin");
		assertThat(workingDay("2098-12-31", 1)).isEqualTo("2099-01-04");
		assertThat(workingDay("2098-12-31", 2)).isEqualTo("2099-01-05");
		var year = api.as("zhang.rm").get("/api/v1/calendar/years/2099").body();
		assertThat(year.get("loaded").asBoolean()).isTrue();
		long version = year.get("version").asLong();

		var emptied = api.as("admin").put("/api/v1/calendar/years/2099", json("holidays", List.of(), "workingWeekendDays", List.of()));

		assertThat(emptied.status()).as(emptied.toString()).isEqualTo(200);
		assertThat(emptied.body().get("version").asLong()).isEqualTo(version + 1);
		assertThat(workingDay("2098-12-31", 1)).isEqualTo("2099-01-01");
		var entry = api.as("admin").get("/api/v1/audit?entityType=calendar_year&entityId=2099").body().get("content").get(0);
		assertThat(entry.get("action").asString()).isEqualTo("calendar.year-replaced");
		assertThat(entry.get("actor").asString()).isEqualTo("admin");
		assertThat(entry.get("before").asString()).contains("\"holidays\":2", "\"workingWeekendDays\":1", "2099-01-04");
		assertThat(entry.get("after").asString()).contains("\"holidays\":0", "\"workingWeekendDays\":0");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zhang.rm", "zhao.manager", "chen.compliance", "wang.agent" })
	void onlyAnAdminMayChangeTheCalendar(String user) {
		var answer = api.as(user).put("/api/v1/calendar/years/2098", json(
				"holidays", List.of(day("2098-01-01", "元旦")), "workingWeekendDays", List.of()));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(api.as("admin").get("/api/v1/calendar/years/2098").body().get("loaded").asBoolean()).isFalse();
	}

	@Test
	void theIntegrationUserMayNotReadTheCalendar() {
		assertThat(api.as("core.feed").get("/api/v1/calendar/working-days?from=2026-09-30&add=7").status()).isEqualTo(403);
	}

	@ParameterizedTest(name = "{2}: {3}")
	@CsvSource(delimiter = '|', value = {
			"2097-12-31 |             | holidays[0].date           | outside-year",
			"2098-01-01,2098-01-01 |  | holidays[1].date           | duplicate",
			"2098-01-05 | 2098-01-05  | holidays[0].date           | on-working-weekend-day",
			"           | 2098-01-03  | workingWeekendDays[0].date | not-weekend",
			"           | 2099-01-04  | workingWeekendDays[0].date | outside-year" })
	void invalidDaysAreRefusedNamingTheFieldAndNothingIsLoaded(String holidays, String workingWeekendDays, String field,
			String code) {
		var answer = api.as("admin").put("/api/v1/calendar/years/2098",
				json("holidays", days(holidays), "workingWeekendDays", days(workingWeekendDays)));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(answer.body().get("errors").get(0).get("code").asString()).isEqualTo(code);
		assertThat(api.as("admin").get("/api/v1/calendar/years/2098").body().get("loaded").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"{\"holidays\": [{\"date\": \"2098-02-30\"}], \"workingWeekendDays\": []} | holidays[0].date",
			"{\"workingWeekendDays\": []}                                           | holidays",
			"{\"holidays\": [{\"name\": \"元旦\"}], \"workingWeekendDays\": []}          | holidays[0].date",
			"{\"holidays\": [], \"workingWeekendDays\": [null]}                       | workingWeekendDays[0]" })
	void malformedBodiesAreRefusedNamingTheField(String body, String field) {
		var answer = api.as("admin").put("/api/v1/calendar/years/2098", body);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "{", "null", "[]", "{}", "{\"holidays\": 1, \"workingWeekendDays\": []}",
			"{\"holidays\": [1], \"workingWeekendDays\": []}", "{\"holidays\": \"\", \"workingWeekendDays\": []}",
			"{\"holidays\": [{\"date\": 20980101}], \"workingWeekendDays\": []}",
			"{\"holidays\": [{\"date\": \"+99999-01-01\"}], \"workingWeekendDays\": []}",
			"{\"holidays\": [{\"date\": \"2098-01-01\", \"name\": \"\\u0000\"}], \"workingWeekendDays\": []}",
			"{\"holidays\": [{\"date\": \"2098-01-01\", \"name\": {}}], \"workingWeekendDays\": []}" })
	void noMalformedBodyEndsInAServerErrorOrLoadsTheYear(String body) {
		var answer = api.as("admin").put("/api/v1/calendar/years/2098", body);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.body().has("errors")).as(answer.toString()).isTrue();
		assertThat(api.as("admin").get("/api/v1/calendar/years/2098").body().get("loaded").asBoolean()).isFalse();
	}

	private String workingDay(String from, int add) {
		return api.as("zhang.rm").get("/api/v1/calendar/working-days?from=" + from + "&add=" + add).body().get("date").asString();
	}

	private static Map<String, Object> day(String date, String name) {
		return json("date", date, "name", name);
	}

	private static List<Map<String, Object>> days(String dates) {
		return dates == null ? List.of() : List.of(dates.split(",")).stream().map(date -> day(date.strip(), "")).toList();
	}

	private static List<LocalDate> dates(JsonNode days) {
		return StreamSupport.stream(days.spliterator(), false).map(day -> LocalDate.parse(day.get("date").asString())).toList();
	}

	private static List<String> names(JsonNode days) {
		return StreamSupport.stream(days.spliterator(), false).map(day -> day.get("name").asString()).toList();
	}
}
