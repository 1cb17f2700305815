package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.ChangingRows;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** BOOKED → CHECKED_IN → COMPLETED, or CANCELLED / NO_SHOW (§8): steps in order, audited, illegal ones 409. */
@IntegrationTest
class AppointmentLifecycleTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCustomerIsCheckedInOnTheDayServedAndAFollowUpRevisitPlanned() {
		Reception branch = Reception.open(api, 1, "INSURANCE");
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual(branch.unit(), branch.advisors().get(0)))
			.body().get("id").asLong();
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		long id = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "INSURANCE",
				"start", "2026-02-26T13:00+08:00", "customerId", customer, "notes", "带保单")).body().get("id").asLong();

		var early = api.as("wang.agent").post("/api/v1/appointments/" + id + "/check-in", Api.json());
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-26T12:55"));
		var checkedIn = api.as("wang.agent").post("/api/v1/appointments/" + id + "/check-in", Api.json());
		var again = api.as("wang.agent").post("/api/v1/appointments/" + id + "/check-in", Api.json());
		var completed = branch.as(api, 0).post("/api/v1/appointments/" + id + "/complete",
				Api.json("notes", "已讲解保单条款", "revisitOn", "2026-03-05"));
		var cancelAfter = api.as("wang.agent").post("/api/v1/appointments/" + id + "/cancel", Api.json("reason", "x"));

		assertThat(early.status()).isEqualTo(409);
		assertThat(checkedIn.status()).isEqualTo(200);
		assertThat(checkedIn.body().get("status").asString()).isEqualTo("CHECKED_IN");
		assertThat(again.status()).isEqualTo(409);
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
		assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.body().get("completionNotes").asString()).isEqualTo("已讲解保单条款");
		assertThat(cancelAfter.status()).isEqualTo(409);
		var revisits = api.as("admin").get("/api/v1/revisits?customerId=" + customer).body().get("content");
		assertThat(revisits.valueStream().map(r -> r.get("reason").asString() + " " + r.get("dueDate").asString()))
			.contains("MANUAL 2026-03-05");
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=appointment&entityId=" + id).body().get("content");
		assertThat(trail.valueStream().map(e -> e.get("action").asString()))
			.contains("appointment.booked", "appointment.checked-in", "appointment.completed");
	}

	@Test
	void aCancellationNeedsAReasonAndANoShowWaitsForTheStart() {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		long first = book(branch, "2026-02-26T14:00+08:00");
		long second = book(branch, "2026-02-26T15:00+08:00");

		var noReason = api.as("wang.agent").post("/api/v1/appointments/" + first + "/cancel", Api.json());
		var cancelled = api.as("wang.agent").post("/api/v1/appointments/" + first + "/cancel", Api.json("reason", "客户改期"));
		var tooEarly = api.as("wang.agent").post("/api/v1/appointments/" + second + "/no-show", Api.json());
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-26T15:20"));
		var missed = api.as("wang.agent").post("/api/v1/appointments/" + second + "/no-show", Api.json());

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(missed.body().get("status").asString()).isEqualTo("NO_SHOW");
		var slot = api.as("wang.agent").get(AppointmentBookingTest.slots(branch, "2026-02-27", "LOAN"));
		assertThat(slot.status()).isEqualTo(200);
	}

	@Test
	void anIllegalStepAnswersAProblemWhoseStatusIs409AndNamesTheAppointmentsOwnStatusApart() {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		long id = book(branch, "2026-02-26T14:00+08:00");

		var completedUnseen = api.as("wang.agent").post("/api/v1/appointments/" + id + "/complete", Api.json());

		assertThat(completedUnseen.status()).isEqualTo(409);
		assertThat(completedUnseen.contentType()).startsWith("application/problem+json");
		assertThat(completedUnseen.text().split("\"status\"", -1)).as(completedUnseen.text()).hasSize(2);
		assertThat(completedUnseen.body().get("status").asInt()).isEqualTo(409);
		assertThat(completedUnseen.body().get("currentStatus").asString()).isEqualTo("BOOKED");
	}

	@Test
	void theVisitorIsToldByTextWhenTheBranchMovesOrCancelsTheAppointment() {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		long moved = book(branch, "2026-02-26T14:00+08:00");
		long cancelled = book(branch, "2026-02-26T15:00+08:00");

		var rescheduled = api.as("wang.agent").post("/api/v1/appointments/" + moved + "/reschedule",
				Api.json("start", "2026-02-26T16:00+08:00"));
		api.as("wang.agent").post("/api/v1/appointments/" + cancelled + "/cancel", Api.json("reason", "顾问临时外出培训"));

		assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
		String movedNotice = Awaitility.await().until(() -> notice("appointment:" + moved + ":rescheduled:%"),
				java.util.Objects::nonNull);
		String cancelledNotice = Awaitility.await().until(() -> notice("appointment:" + cancelled + ":cancelled"),
				java.util.Objects::nonNull);
		assertThat(movedNotice).contains("appointment-rescheduled", "2026-02-26 16:00");
		assertThat(cancelledNotice).contains("appointment-cancelled", "顾问临时外出培训");
	}

	private String notice(String eventKey) {
		return jdbc.sql("select template || ' ' || params::text from notification_outbox where channel = 'SMS' "
				+ "and event_key like ?").param(eventKey).query(String.class).optional().orElse(null);
	}

	/**
	 * Appointments are checked in while the branch reads its list; a page of one status and its count must still agree:
	 * read from different moments, an appointment checked in between the two left a full page with a count of none.
	 */
	@Test
	void aPageOfBookedAppointmentsAgreesWithItsCountWhileOneKeepsBeingCheckedIn() throws Exception {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		long id = book(branch, "2026-02-26T14:00+08:00");
		var agent = api.as("wang.agent");

		ChangingRows.readWhileChanging(() -> jdbc.sql("""
				update appointment set status = case status when 'BOOKED' then 'CHECKED_IN' else 'BOOKED' end
				where id = ?""").param(id).update(), 150, () -> ChangingRows.assertPageAgreesWithCount(
						agent.get("/api/v1/appointments?orgUnit=" + branch.unit() + "&status=BOOKED&size=1").body()));
	}

	@Test
	void anAccountManagerSeesOnlyItsOwnAndComplianceOnlyReads() {
		Reception branch = Reception.open(api, 1, "LOAN");
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		var byOwnManager = api.as("zhang.rm").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"LOAN", "start", "2026-02-26T09:00+08:00", "customerId", customer));
		assertThat(byOwnManager.status()).as(byOwnManager.toString()).isEqualTo(201);
		long id = byOwnManager.body().get("id").asLong();

		assertThat(api.as("zhang.rm").get("/api/v1/appointments/" + id).status()).isEqualTo(200);
		assertThat(branch.as(api, 0).get("/api/v1/appointments/" + id).status()).isEqualTo(200);
		assertThat(api.as("li.rm").get("/api/v1/appointments/" + id).status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/appointments/" + id + "/cancel", Api.json("reason", "x")).status()).isEqualTo(404);
		assertThat(api.as("chen.compliance").post("/api/v1/appointments/" + id + "/cancel", Api.json("reason", "x")).status())
			.isEqualTo(403);
		assertThat(api.as("liu.handler").get("/api/v1/appointments?customerId=" + customer).body().get("totalElements").asInt())
			.isZero();
		assertThat(api.as("zhang.rm").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"start", "2026-02-26T10:00+08:00", "name", "路人", "mobile", TestCustomers.mobile())).status()).isEqualTo(403);
	}

	@Test
	void walkInsTakeNumbersAndSeeTheirWaitFromThePeopleAheadAndTheAdvisorsOnDuty() {
		Reception branch = Reception.open(api, 2, "OTHER");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		var first = api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"name", "甲"));
		api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "OTHER", "name", "乙"));
		var third = api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"name", "丙"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.body().get("ticketNo").asInt()).isEqualTo(1);
		assertThat(third.body().get("ahead").asInt()).isEqualTo(2);
		assertThat(third.body().get("estimatedWaitMinutes").asInt()).isEqualTo(30);

		long id = first.body().get("id").asLong();
		assertThat(api.as("wang.agent").post("/api/v1/walk-ins/" + id + "/serve", Api.json()).status()).isEqualTo(409);
		assertThat(api.as("wang.agent").post("/api/v1/walk-ins/" + id + "/call", Api.json()).body().get("status").asString())
			.isEqualTo("CALLED");
		assertThat(api.as("wang.agent").post("/api/v1/walk-ins/" + id + "/serve", Api.json()).body().get("status").asString())
			.isEqualTo("SERVED");
		var queue = api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=" + branch.unit()).body().get("content");
		assertThat(queue.get(2).get("ahead").asInt()).isEqualTo(1);
		assertThat(queue.get(2).get("estimatedWaitMinutes").asInt()).isZero();
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T20:00"));
		var afterHours = api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=" + branch.unit()).body().get("content");
		assertThat(afterHours.get(2).get("estimatedWaitMinutes").isNull()).isTrue();
	}

	@Test
	void aBranchTakesNoQueueNumberOnASundayOrOnAHolidayAndSaysWhenItNextOpens() {
		Reception branch = Reception.open(api, 1, "OTHER");
		for (String closed : new String[] { "2026-03-01T10:00", "2026-10-01T10:00" }) {
			clock.fixAt(AppointmentBookingTest.shanghai(closed));

			var refused = api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service",
					"OTHER", "name", "周日来客"));

			assertThat(refused.status()).as(closed + " " + refused.text()).isEqualTo(409);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().get("code").asString()).isEqualTo("branch-closed");
			assertThat(java.time.LocalDate.parse(refused.body().get("nextOpening").asString()))
				.isAfter(java.time.LocalDate.parse(closed.substring(0, 10)));
			assertThat(api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=" + branch.unit()).body().get("content").size())
				.isZero();
		}
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-01T10:00"));
		assertThat(api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"name", "周日来客")).body().get("nextOpening").asString()).as("the Monday after").isEqualTo("2026-03-02");
	}

	long book(Reception branch, String start) {
		var booked = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"start", start, "name", "张三", "mobile", TestCustomers.mobile()));
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		return booked.body().get("id").asLong();
	}
}
