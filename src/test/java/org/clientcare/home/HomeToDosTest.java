package org.clientcare.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.appointment.Reception;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page's to-dos reach past revisits and complaints: an account manager counts the customers it receives today,
 * its care to-dos, the overdue cases of its scope and the mandatory courses it has still to complete, each linking to
 * the page where it is done.
 */
@IntegrationTest
class HomeToDosTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	void anAccountManagerCountsTheCustomersItReceivesTodayUntilTheyAreServedOrCancelledAndListsItsDay() throws Exception {
		Reception branch = Reception.open(api, 1, "INSURANCE");
		String advisor = branch.advisors().get(0);
		var first = TestCustomers.individual(branch.unit(), advisor);
		var second = TestCustomers.individual(branch.unit(), advisor);
		var tomorrow = TestCustomers.individual(branch.unit(), advisor);
		clock.fixAt(shanghai("2026-02-25T10:00"));
		book(branch.unit(), customer(first), "2026-02-26T10:00+08:00");
		long cancelled = book(branch.unit(), customer(second), "2026-02-26T14:00+08:00");
		book(branch.unit(), customer(tomorrow), "2026-02-27T10:00+08:00");
		clock.fixAt(shanghai("2026-02-26T08:30"));
		HttpClient manager = SignedInPages.as(advisor, Reception.PASSWORD, port);

		String morning = page(manager, "/?lang=en");
		api.as("wang.agent").post("/api/v1/appointments/" + cancelled + "/cancel", Api.json("reason", "客户来电取消"));
		String afterTheCancellation = page(manager, "/?lang=zh-CN");

		assertThat(toDo(morning, "appointmentsToday")).isEqualTo(2);
		assertThat(morning).contains("href=\"/appointments?advisor=" + advisor + "\" id=\"todo-appointmentsToday\"",
				"customers to receive today");
		assertThat(day(morning)).contains("My appointments today (2)", "10:00", (String) first.get("name"), "14:00",
				(String) second.get("name"), "Insurance", "Booked").doesNotContain((String) tomorrow.get("name"));
		assertThat(day(morning).indexOf("10:00")).isLessThan(day(morning).indexOf("14:00"));
		assertThat(toDo(afterTheCancellation, "appointmentsToday")).isEqualTo(1);
		assertThat(afterTheCancellation).contains("今日待接待客户");
		assertThat(day(afterTheCancellation)).contains("今日我的预约（2）", "已预约", "已取消");
	}

	/** The home page's list of the day's appointments. */
	private static String day(String page) {
		int start = page.indexOf("id=\"appointments-today\"");
		assertThat(start).as("the day's appointments on the home page").isPositive();
		return page.substring(start, page.indexOf("</section>", start));
	}

	@Test
	void theCareToDosOverdueCasesAndCoursesLeftAgreeWithTheirOwnPages() throws Exception {
		Reception branch = Reception.open(api, 1, "INSURANCE");
		var course = api.as("admin").post("/api/v1/training/courses", Api.json("title", "适当性管理必修课", "topic",
				"COMPLIANCE", "mandatory", true, "orgUnit", branch.unit()));
		assertThat(course.status()).as(course.toString()).isEqualTo(201);
		HttpClient manager = SignedInPages.as(branch.advisors().get(0), Reception.PASSWORD, port);

		String home = page(manager, "/?lang=en");
		String training = page(manager, "/training/mine?lang=en");

		assertThat(toDo(home, "care")).isZero();
		assertThat(home).contains("href=\"/care#tasks\" id=\"todo-care\"", "care to-dos");
		assertThat(toDo(home, "casesOverdue")).isZero();
		assertThat(home).contains("href=\"/cases?overdue=true\" id=\"todo-casesOverdue\"", "overdue cases");
		int courses = training.contains("id=\"my-outstanding\"")
				? training.substring(training.indexOf("id=\"my-outstanding\""), training.indexOf("</ul>",
						training.indexOf("id=\"my-outstanding\""))).split("<li").length - 1
				: 0;
		assertThat(courses).as("mandatory courses a new account manager has still to complete").isEqualTo(1);
		assertThat(toDo(home, "training")).isEqualTo(courses);
		assertThat(home).contains("href=\"/training/mine\" id=\"todo-training\"");
	}

	@Test
	void theFrontDeskCountsTheBranchsCustomersStillToReceiveAndTheWalkInsWaitingForTheirNumber() throws Exception {
		Reception branch = Reception.open(api, 1, "INSURANCE");
		String desk = "desk." + branch.unit().substring(2);
		var created = api.as("admin").post("/api/v1/users", Api.json("username", desk, "displayName", "柜员",
				"role", "SERVICE_AGENT", "orgUnit", branch.unit(), "email", desk + "@clientcare.example", "password",
				Reception.PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long customer = customer(TestCustomers.individual(branch.unit(), branch.advisors().get(0)));
		clock.fixAt(shanghai("2026-02-25T10:00"));
		book(branch.unit(), customer, "2026-02-26T15:00+08:00");
		clock.fixAt(shanghai("2026-02-26T10:00"));
		long first = 0;
		for (String name : List.of("甲", "乙", "丙")) {
			var taken = api.as(desk, Reception.PASSWORD).post("/api/v1/walk-ins",
					Api.json("orgUnit", branch.unit(), "service", "INSURANCE", "name", name));
			assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
			first = first == 0 ? taken.body().get("id").asLong() : first;
		}
		api.as(desk, Reception.PASSWORD).post("/api/v1/walk-ins/" + first + "/call", Api.json());

		String home = page(SignedInPages.as(desk, Reception.PASSWORD, port), "/?lang=en");

		assertThat(toDo(home, "branchArrivals")).isEqualTo(1);
		assertThat(toDo(home, "walkInsWaiting")).isEqualTo(2);
		assertThat(home).contains(
				"href=\"/appointments?orgUnit=" + branch.unit() + "\" id=\"todo-branchArrivals\"",
				"href=\"/appointments/walk-ins?orgUnit=" + branch.unit() + "\" id=\"todo-walkInsWaiting\"",
				"customers to receive at the branch today", "walk-ins waiting");
	}

	@Test
	void aBranchManagerSeesTheDayOfEachOfItsSubBranchesSummedInItsToDosAndOneRowEach() throws Exception {
		String branch = "B-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		var opened = api.as("admin").post("/api/v1/org-units", Api.json("code", branch, "nameZh", "测试分行" + branch,
				"nameEn", "Branch " + branch, "kind", "BRANCH", "parent", "HQ"));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String manager = "mgr." + branch.substring(2);
		var created = api.as("admin").post("/api/v1/users", Api.json("username", manager, "displayName", "行长",
				"role", "BRANCH_MANAGER", "orgUnit", branch, "email", manager + "@clientcare.example", "password",
				Reception.PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Reception east = Reception.openUnder(api, branch, 1, "INSURANCE");
		Reception west = Reception.openUnder(api, branch, 1, "INSURANCE");
		clock.fixAt(shanghai("2026-02-25T10:00"));
		book(east.unit(), customer(TestCustomers.individual(east.unit(), east.advisors().get(0))), "2026-02-26T10:00+08:00");
		book(east.unit(), customer(TestCustomers.individual(east.unit(), east.advisors().get(0))), "2026-02-26T11:00+08:00");
		book(west.unit(), customer(TestCustomers.individual(west.unit(), west.advisors().get(0))), "2026-02-26T10:00+08:00");
		clock.fixAt(shanghai("2026-02-26T10:00"));
		var taken = api.as("wang.agent").post("/api/v1/walk-ins",
				Api.json("orgUnit", west.unit(), "service", "INSURANCE", "name", "丁"));
		assertThat(taken.status()).as(taken.toString()).isEqualTo(201);

		String home = page(SignedInPages.as(manager, Reception.PASSWORD, port), "/?lang=en");

		assertThat(toDo(home, "branchesArrivals")).isEqualTo(3);
		assertThat(toDo(home, "walkInsWaiting")).isEqualTo(1);
		assertThat(home).contains("href=\"#branch-day\" id=\"todo-branchesArrivals\"",
				"customers to receive at the branches today", "href=\"#branch-day\" id=\"todo-walkInsWaiting\"",
				"The branches today");
		assertThat(branchDay(home, east.unit())).contains("Test " + east.unit().substring(2),
				"href=\"/appointments?orgUnit=" + east.unit() + "\">2</a>",
				"href=\"/appointments/walk-ins?orgUnit=" + east.unit() + "\">0</a>");
		assertThat(branchDay(home, west.unit())).contains("Test " + west.unit().substring(2),
				"href=\"/appointments?orgUnit=" + west.unit() + "\">1</a>",
				"href=\"/appointments/walk-ins?orgUnit=" + west.unit() + "\">1</a>");
	}

	/** A branch's row of the branch manager's day on the home page. */
	private static String branchDay(String page, String unit) {
		int start = page.indexOf("id=\"branch-day-" + unit + "\"");
		assertThat(start).as("the day of %s on the home page", unit).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	@Test
	void aComplaintHandlerIsNotShownAppointmentsOrCareItDoesNotWorkOn() throws Exception {
		String home = page(SignedInPages.as("liu.handler", port), "/?lang=en");

		assertThat(home).doesNotContain("todo-appointmentsToday", "todo-care\"", "appointments-today", "todo-walkInsWaiting").contains("todo-casesOverdue",
				"todo-training");
	}

	private long customer(java.util.Map<String, Object> registration) {
		return api.as("admin").post("/api/v1/customers", registration).body().get("id").asLong();
	}

	private long book(String unit, long customer, String start) {
		var booked = api.as("wang.agent").post("/api/v1/appointments",
				Api.json("orgUnit", unit, "service", "INSURANCE", "start", start, "customerId", customer));
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		return booked.body().get("id").asLong();
	}

	/** The figure of a to-do tile. */
	private static int toDo(String page, String name) {
		Matcher tile = Pattern.compile("id=\"todo-" + name + "\"[^>]*>\\s*<span class=\"figure\">(\\d+)</span>").matcher(page);
		assertThat(tile.find()).as("the to-do %s on the home page", name).isTrue();
		return Integer.parseInt(tile.group(1));
	}

	private static java.time.Instant shanghai(String local) {
		return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private String page(HttpClient browser, String path) throws Exception {
		HttpResponse<String> answer = SignedInPages.get(browser, port, path);
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}
}
