package org.clientcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.support.Api;
import org.clientcare.support.Pages;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the demo shows on the day it loads, whatever that day is (SPEC §13): a working day, a Sunday or a public
 * holiday. {@link DemoDataTest} runs these checks on the day the tests run, {@link DemoOnOtherDaysTest} on days it
 * starts the clock at.
 */
abstract class DemoOnItsDay {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Api api;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	LocalDate today() {
		return LocalDate.now(clock.withZone(SHANGHAI));
	}

	/** Whether the branches open on the day the demo loaded (§8: on working days only). */
	boolean branchesOpenToday() {
		return calendar.isWorkingDay(today());
	}

	@Test
	void theBranchesHaveAppointmentsTodayWhenTheyOpenAndOtherwiseSayTheyAreClosedAndWhenTheyNextOpen() throws Exception {
		LocalDate today = today();
		long todays = api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + today).body()
			.get("totalElements").asLong();
		String english = page("wang.agent", "/appointments?orgUnit=SH-PD&lang=en");
		String chinese = page("wang.agent", "/appointments?orgUnit=SH-PD&lang=zh-CN");
		LocalDate next = calendar.addWorkingDays(today, 1);
		long nextDays = api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + next).body()
			.get("totalElements").asLong();

		assertThat(nextDays).as("appointments on the next working day, " + next).isPositive();
		if (branchesOpenToday()) {
			assertThat(todays).as("appointments today, " + today).isPositive();
			assertThat(english).doesNotContain("is closed today");
			assertThat(chinese).doesNotContain("不营业");
		}
		else {
			assertThat(todays).as("appointments on a day the branch is closed, " + today).isZero();
			assertThat(english).contains("Pudong sub-branch is closed today (" + today + " "
					+ today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
					"It next opens on " + next, "Show the appointments of " + next)
				.doesNotContain("Nobody is booked for this day");
			assertThat(chinese).contains("浦东支行今天（" + today, "不营业", "下一个营业日：" + next);
		}
	}

	/**
	 * Whether the branch was open at the moment the demo loaded (a working day, in its opening hours), when the test
	 * pins that moment; {@code null} on the day the tests run, whose time of day the demo and the test may straddle.
	 */
	Boolean openWhenLoaded() {
		return branchesOpenToday() ? null : false;
	}

	@Test
	void theWalkInQueueWaitsOnlyWhileTheBranchIsOpenAndSaysSoWhenItIsClosedToday() throws Exception {
		var queue = api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=SH-PD&size=500").body().get("content");
		String english = page("wang.agent", "/appointments/walk-ins?orgUnit=SH-PD&lang=en");
		String chinese = page("wang.agent", "/appointments/walk-ins?orgUnit=SH-PD&lang=zh-CN");

		if (Boolean.TRUE.equals(openWhenLoaded())) {
			assertThat(queue.valueStream().map(w -> w.get("status").asString())).contains("SERVED", "CALLED", "WAITING");
			assertThat(queue.valueStream().filter(w -> w.get("status").asString().equals("WAITING")))
				.allMatch(w -> !w.get("estimatedWaitMinutes").isNull());
		}
		else if (Boolean.FALSE.equals(openWhenLoaded())) {
			assertThat(queue.valueStream().map(w -> w.get("status").asString())).as("nobody waits in a closed branch")
				.doesNotContain("WAITING", "CALLED");
		}
		if (branchesOpenToday()) {
			assertThat(english).doesNotContain("is closed today");
		}
		else {
			LocalDate next = calendar.addWorkingDays(today(), 1);
			assertThat(english).contains("Pudong sub-branch is closed today", "It next opens on " + next)
				.doesNotContain("no advisor on duty", "id=\"take\"");
			assertThat(chinese).contains("浦东支行今天（" + today(), "不营业", "下一个营业日：" + next)
				.doesNotContain("暂无顾问在岗");
		}
	}

	@Test
	void everyCaseStepAndTheNoticeItSentWereTakenInOfficeHoursOfTheWorkingDaysBeforeTheDemoLoaded() {
		LocalDate today = today();
		var steps = Pages.all(api.as("admin"), "/api/v1/cases").stream()
			.flatMap(k -> api.as("admin").get("/api/v1/cases/" + k.get("id").asLong()).body().get("history").valueStream())
			.map(h -> moment(h.get("enteredAt")))
			.toList();
		var notices = Pages.all(api.as("admin"), "/api/v1/notifications?size=500").stream()
			.filter(m -> m.get("template").asString().startsWith("case-"))
			.map(m -> moment(m.get("createdAt")))
			.toList();

		assertThat(steps).hasSizeGreaterThan(20);
		assertThat(notices).isNotEmpty();
		for (var moments : java.util.List.of(steps, notices)) {
			assertThat(moments).allSatisfy(at -> {
				assertThat(at.toLocalDate()).isBefore(today);
				assertThat(calendar.isWorkingDay(at.toLocalDate())).as(at + " is on a working day").isTrue();
				assertThat(at.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
			});
		}
		assertThat(steps.stream().map(ZonedDateTime::toLocalDate).distinct().count()).as("days with steps")
			.isGreaterThanOrEqualTo(8);
	}

	@Test
	void everyComplaintNoticeIsDatedWhenItsStepWasTakenNotWhenTheDemoLoaded() {
		var notices = org.awaitility.Awaitility.await().until(() -> Pages.all(api.as("admin"), "/api/v1/notifications?size=500")
			.stream().filter(m -> m.get("eventKey").asString().startsWith("complaint:")).toList(),
				found -> found.stream().anyMatch(m -> m.get("eventKey").asString().contains(":breached:")));
		java.util.Map<Long, JsonNode> complaints = new java.util.HashMap<>();
		java.util.Set<String> steps = new java.util.TreeSet<>();
		java.util.List<LocalDate> breachesFound = new java.util.ArrayList<>();

		for (JsonNode notice : notices) {
			String[] key = notice.get("eventKey").asString().split(":");
			JsonNode complaint = complaints.computeIfAbsent(Long.parseLong(key[1]),
					id -> api.as("admin").get("/api/v1/complaints/" + id).body());
			String step = key[2];
			ZonedDateTime taken = switch (step) {
				case "received" -> moment(complaint.get("receivedAt"));
				case "acknowledged" -> moment(complaint.get("acknowledgedAt"));
				case "major" -> moment(complaint.get("complianceEscalatedAt"));
				case "breached" -> complaint.get("timeline").valueStream()
					.filter(t -> t.get("kind").asString().equals("BREACHED") && t.get("detail").asString().equals(key[3]))
					.map(t -> moment(t.get("at"))).findFirst().orElseThrow();
				default -> null;
			};
			if (taken == null) {
				continue;
			}
			steps.add(step);
			assertThat(moment(notice.get("createdAt")).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
				.as(notice.get("eventKey").asString() + " is dated when its step was taken")
				.isEqualTo(taken.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			if (step.equals("breached")) {
				breachesFound.add(taken.toLocalDate());
			}
		}
		assertThat(steps).containsExactly("acknowledged", "breached", "major", "received");
		assertThat(breachesFound).as("the acknowledgment missed eleven days ago was found then")
			.anyMatch(day -> day.isBefore(today().minusDays(7)));
	}

	@Autowired
	org.clientcare.training.TrainingManagement training;

	@Test
	void theTrainingSessionsAndTheAttendanceOfThemFallOnWorkingDaysOneOfThemNextWeek() {
		java.util.List<ZonedDateTime> sessions = new java.util.ArrayList<>();
		java.util.List<ZonedDateTime> attended = new java.util.ArrayList<>();
		org.clientcare.shared.CurrentActor.runAs(org.clientcare.shared.Actor.system("test"), () -> {
			for (var course : training.courses()) {
				training.sessions(course.id()).forEach(s -> sessions.add(s.startsAt().atZone(SHANGHAI)));
				training.attendance(course.id()).forEach(a -> attended.add(a.recordedAt().atZone(SHANGHAI)));
			}
		});

		assertThat(sessions).hasSizeGreaterThanOrEqualTo(9);
		assertThat(attended).isNotEmpty();
		for (var moments : java.util.List.of(sessions, attended)) {
			assertThat(moments).allSatisfy(at -> assertThat(calendar.isWorkingDay(at.toLocalDate()))
				.as(at + " (" + at.getDayOfWeek() + ") is a working day").isTrue());
		}
		assertThat(sessions).anyMatch(at -> at.toLocalDate().isAfter(today())
				&& !at.toLocalDate().isAfter(calendar.addWorkingDays(today().plusDays(7), 1)));
	}

	@Test
	void aFewCustomersAreOverdueForTheirVisitByDaysNotMonths() {
		LocalDate today = today();
		var due = Pages.all(api.as("zhang.rm"), "/api/v1/visits/due?size=500");

		assertThat(due.stream().filter(d -> d.get("overdue").asBoolean())
			.map(d -> LocalDate.parse(d.get("dueOn").asString())))
			.hasSizeBetween(2, 10)
			.allSatisfy(day -> assertThat(day).isBetween(today.minusDays(14), today.minusDays(1)));
	}

	@Test
	void theRetentionPageListsACustomerWhoseRelationshipEndedMoreThanTenYearsAgoBesideTheLegalHold() throws Exception {
		var candidates = api.as("chen.compliance").get("/api/v1/retention/candidates").body().get("content");
		JsonNode candidate = candidates.valueStream()
			.filter(c -> LocalDate.parse(c.get("relationshipEnded").asString()).isBefore(today().minusYears(10)))
			.findFirst().orElseThrow();
		String page = page("chen.compliance", "/privacy/retention?lang=en");

		assertThat(candidate.get("anonymise").asBoolean()).as(candidate.toString()).isTrue();
		assertThat(page).contains(candidate.get("customerNo").asString(), "Legal holds");
	}

	@Test
	void zhangsRevisitsFallDueThisWeekAndAFewAreOverdueByDays() {
		LocalDate today = today();
		var zhang = api.as("zhang.rm");
		var earliest = zhang.get("/api/v1/revisits?assignee=me&status=OPEN&size=1").body().get("content").get(0);
		long thisWeek = zhang.get("/api/v1/revisits?assignee=me&status=OPEN&size=1&dueBefore=" + today.plusDays(7)).body()
			.get("totalElements").asLong();
		long overdue = zhang.get("/api/v1/revisits?assignee=me&status=OPEN&size=1&dueBefore=" + today.minusDays(1)).body()
			.get("totalElements").asLong();

		assertThat(LocalDate.parse(earliest.get("dueDate").asString())).isAfterOrEqualTo(today.minusDays(21));
		assertThat(overdue).isPositive();
		assertThat(thisWeek).isGreaterThan(overdue);
	}

	@Test
	void complaintsAreOpenSomeNearTheirDeadlineAndOneBreached() {
		// open ones only: the SLA sweep, every five minutes, also marks the complaints of the year closed late
		var open = api.as("wang.agent").get("/api/v1/complaints?size=500").body().get("content").valueStream()
			.filter(c -> !java.util.Set.of("RESOLVED", "CLOSED").contains(c.get("status").asString()))
			.toList();

		assertThat(open.stream().filter(c -> c.get("breached").asBoolean()).map(c -> c.get("status").asString()))
			.as("the open complaints breached")
			.containsExactly("RECEIVED");
		// near: its deadline falls within the next three working days
		LocalDate near = calendar.addWorkingDays(today(), 3);
		assertThat(open).anyMatch(c -> c.get("status").asString().equals("IN_PROGRESS")
				&& !moment(c.get("resolutionDueAt")).toLocalDate().isAfter(near));
	}

	static ZonedDateTime moment(JsonNode text) {
		return OffsetDateTime.parse(text.asString()).atZoneSameInstant(SHANGHAI);
	}

	String page(String user, String path) throws Exception {
		var client = SignedInPages.as(user, port);
		var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}
}
