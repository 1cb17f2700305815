package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A branch that also opens on rest days (weekends and public holidays, e.g. a 365-day outlet, §8): set through the API
 * and the advisors page, it has slots, bookings, a day and a walk-in queue on a Sunday and a holiday in its rest-day
 * hours, reminders the day before, while a branch that does not open on rest days stays closed then.
 */
@IntegrationTest
class RestDayOpeningTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Api.Response openOnRestDays(Reception branch, String from, String to) {
		return api.as("admin").put("/api/v1/appointment-opening-hours/" + branch.unit(), Api.json("opens", "09:00",
				"closes", "17:00", "restDays", true, "restDayOpens", from, "restDayCloses", to));
	}

	static String slots(Reception branch, String day) {
		return "/api/v1/appointment-slots?orgUnit=" + branch.unit() + "&date=" + day + "&service=LOAN";
	}

	@Test
	void aBranchSetToOpenOnRestDaysSaysSoAndTheChangeIsAudited() {
		Reception branch = Reception.open(api, 1, "LOAN");
		var before = api.as("wang.agent").get("/api/v1/appointment-opening-hours/" + branch.unit());

		var set = openOnRestDays(branch, "09:30", "16:00");
		var after = api.as("wang.agent").get("/api/v1/appointment-opening-hours/" + branch.unit());

		assertThat(before.body().get("restDays").asBoolean()).isFalse();
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(after.body().get("restDays").asBoolean()).isTrue();
		assertThat(after.body().get("restDayOpens").asString()).isEqualTo("09:30:00");
		assertThat(after.body().get("restDayCloses").asString()).isEqualTo("16:00:00");
		assertThat(after.body().get("opens").asString()).isEqualTo("09:00:00");
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=org_unit&size=500");
		assertThat(trail.text()).contains("appointment.opening-hours-set", "restDayOpens", "09:30");
	}

	@Test
	void restDayHoursClosingBeforeTheyOpenOrMissingAre400NamingTheField() {
		Reception branch = Reception.open(api, 1, "LOAN");

		var backwards = openOnRestDays(branch, "16:00", "09:30");
		var missing = api.as("admin").put("/api/v1/appointment-opening-hours/" + branch.unit(),
				Api.json("opens", "09:00", "closes", "17:00", "restDays", true));

		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.contentType()).startsWith("application/problem+json");
		assertThat(backwards.body().get("errors").get(0).get("field").asString()).isEqualTo("restDayCloses");
		assertThat(backwards.body().get("errors").get(0).get("code").asString()).isEqualTo("range");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("restDayOpens");
		assertThat(api.as("admin").get("/api/v1/appointment-opening-hours/" + branch.unit()).body().get("restDays")
			.asBoolean()).isFalse();
	}

	@Test
	void aRoleWithoutTheRightToScheduleMayNotOpenABranchOnRestDays() {
		Reception branch = Reception.open(api, 1, "LOAN");

		var agent = api.as("wang.agent").put("/api/v1/appointment-opening-hours/" + branch.unit(), Api.json("opens",
				"09:00", "closes", "17:00", "restDays", true, "restDayOpens", "09:30", "restDayCloses", "16:00"));

		assertThat(agent.status()).isEqualTo(403);
		assertThat(api.as("admin").get("/api/v1/appointment-opening-hours/" + branch.unit()).body().get("restDays")
			.asBoolean()).isFalse();
	}

	@Test
	void onASundayAndAHolidayTheBranchHasSlotsInItsRestDayHoursAndABranchClosedOnRestDaysNone() {
		Reception everyDay = Reception.open(api, 1, "LOAN");
		Reception workingDays = Reception.open(api, 1, "LOAN");
		openOnRestDays(everyDay, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));

		var sunday = api.as("wang.agent").get(slots(everyDay, "2026-03-01"));
		var workedSaturday = api.as("wang.agent").get(slots(everyDay, "2026-02-28"));
		var closedSunday = api.as("wang.agent").get(slots(workingDays, "2026-03-01"));

		assertThat(sunday.body().size()).isEqualTo(13);
		assertThat(sunday.body().get(0).get("start").asString()).isEqualTo("2026-03-01T09:30+08:00");
		assertThat(sunday.body().get(12).get("end").asString()).isEqualTo("2026-03-01T16:00+08:00");
		assertThat(workedSaturday.body().size()).as("a worked Saturday keeps the working-day hours").isEqualTo(16);
		assertThat(closedSunday.text()).isEqualTo("[]");

		clock.fixAt(AppointmentBookingTest.shanghai("2026-09-28T10:00"));
		assertThat(api.as("wang.agent").get(slots(everyDay, "2026-10-01")).body().size()).isEqualTo(13);
		assertThat(api.as("wang.agent").get(slots(workingDays, "2026-10-01")).text()).isEqualTo("[]");
	}

	@Test
	void staffBookASundaySlotInsideTheRestDayHoursAndNotOneOutsideThem() {
		Reception branch = Reception.open(api, 1, "LOAN");
		openOnRestDays(branch, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));

		var inside = book(branch, "2026-03-01T09:30+08:00");
		var beforeOpening = book(branch, "2026-03-01T09:00+08:00");

		assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
		assertThat(beforeOpening.status()).isEqualTo(400);
		assertThat(beforeOpening.body().get("errors").get(0).get("field").asString()).isEqualTo("start");
	}

	@Test
	void thePublicPageOffersASundaySlotAtTheBranchOpenOnRestDaysFromItsRestDayOpening() throws Exception {
		Reception branch = Reception.open(api, 1, "LOAN");
		openOnRestDays(branch, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		HttpClient visitor = HttpClient.newHttpClient();

		String page = get(visitor, "/public/appointments?orgUnit=" + branch.unit() + "&service=LOAN&date=2026-03-01");

		assertThat(page).contains("value=\"2026-03-01T09:30+08:00\"", "value=\"2026-03-01T15:30+08:00\"")
			.doesNotContain("value=\"2026-03-01T09:00+08:00\"", "value=\"2026-03-01T16:00+08:00\"");
	}

	Api.Response book(Reception branch, String start) {
		return api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"start", start, "name", "林小姐", "mobile", TestCustomers.mobile()));
	}

	@Test
	void theDayViewOfASundayShowsTheRestDayHoursWhereTheOtherBranchSaysItIsClosed() throws Exception {
		Reception everyDay = Reception.open(api, 1, "LOAN");
		Reception workingDays = Reception.open(api, 1, "LOAN");
		openOnRestDays(everyDay, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		book(everyDay, "2026-03-01T10:00+08:00");
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String open = get(agent, "/appointments?orgUnit=" + everyDay.unit() + "&date=2026-03-01&lang=en");
		String openZh = get(agent, "/appointments?orgUnit=" + everyDay.unit() + "&date=2026-03-01&lang=zh-CN");
		String closed = get(agent, "/appointments?orgUnit=" + workingDays.unit() + "&date=2026-03-01&lang=en");

		assertThat(open).contains("opens on rest days", "09:30–16:00", "林小姐").doesNotContain("is closed on");
		assertThat(openZh).contains("休息日营业", "09:30–16:00").doesNotContain("不营业");
		assertThat(closed).contains("is closed on 2026-03-01", "It next opens on 2026-03-02");
	}

	@Test
	void onASundayTheWalkInQueueOfABranchOpenOnRestDaysEstimatesTheWaitAndTheOtherHasNobodyOnDuty() {
		Reception everyDay = Reception.open(api, 1, "LOAN");
		Reception workingDays = Reception.open(api, 1, "LOAN");
		openOnRestDays(everyDay, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-01T10:30"));

		var open = take(everyDay);
		var closed = take(workingDays);
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-01T16:30"));
		var afterClosing = api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=" + everyDay.unit()).body().get("content");

		assertThat(open.get("estimatedWaitMinutes").isNull()).as(open.toString()).isFalse();
		assertThat(closed.get("estimatedWaitMinutes").isNull()).as(closed.toString()).isTrue();
		assertThat(afterClosing.get(0).get("estimatedWaitMinutes").isNull()).as("after the rest-day closing time").isTrue();
	}

	tools.jackson.databind.JsonNode take(Reception branch) {
		var taken = api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"name", "王先生"));
		assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
		return taken.body();
	}

	@Test
	void aSundayAppointmentAtABranchOpenOnRestDaysIsRemindedOnSaturdayNotOnFriday() {
		Reception branch = Reception.open(api, 1, "LOAN");
		openOnRestDays(branch, "09:30", "16:00");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-04T10:00"));
		long id = book(branch, "2026-03-08T10:00+08:00").body().get("id").asLong();

		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-06T09:00"));
		api.as("admin").post("/api/v1/jobs/appointment-reminders/run", Api.json());
		long onFriday = reminders(id);
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-07T09:00"));
		api.as("admin").post("/api/v1/jobs/appointment-reminders/run", Api.json());

		assertThat(onFriday).isZero();
		assertThat(reminders(id)).isPositive();
	}

	long reminders(long appointment) {
		return jdbc.sql("select count(*) from notification_outbox where event_key like ?")
			.param("appointment:" + appointment + ":reminder:%").query(Long.class).single();
	}

	@Test
	void theAdvisorsPageSetsTheRestDayHoursInChineseAndNamesBadOnesInEnglish() throws Exception {
		Reception branch = Reception.open(api, 1, "LOAN");
		HttpClient admin = SignedInPages.as("admin", port);
		String path = "/appointments/advisors?orgUnit=" + branch.unit();

		String before = get(admin, path + "&lang=zh-CN");
		String saved = post(admin, path + "&lang=zh-CN", "/appointments/opening-hours", "orgUnit=" + branch.unit()
				+ "&opens=09:00&closes=17:00&restDays=true&restDayOpens=10:00&restDayCloses=15:00");
		String refused = post(admin, path + "&lang=en", "/appointments/opening-hours", "orgUnit=" + branch.unit()
				+ "&opens=09:00&closes=17:00&restDays=true&restDayOpens=15:00&restDayCloses=10:00");

		assertThat(before).contains("休息日（周末及法定节假日）", "不营业", "休息日也营业");
		assertThat(saved).contains("id=\"saved\"", "10:00–15:00 营业");
		assertThat(refused).contains("Rest-day hours: the branch opens before it closes").doesNotContain("HH:MM");
		assertThat(get(admin, path + "&lang=en")).contains("Rest days (weekends and public holidays)", "Open 10:00–15:00");
		assertThat(api.as("admin").get("/api/v1/appointment-opening-hours/" + branch.unit()).body().get("restDayOpens")
			.asString()).isEqualTo("10:00:00");
	}

	String get(HttpClient client, String path) throws Exception {
		var page = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** Opens the page, posts its form as the page does, and answers the page the redirect leads to. */
	String post(HttpClient client, String pagePath, String action, String form) throws Exception {
		Matcher csrf = CSRF.matcher(get(client, pagePath));
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		return get(client, posted.headers().firstValue("Location").orElseThrow());
	}

	URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
