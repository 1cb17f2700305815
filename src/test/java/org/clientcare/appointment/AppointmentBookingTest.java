package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Slots on the official calendar and race-safe booking (§8, §12), with the clock fixed. */
@IntegrationTest
class AppointmentBookingTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static Instant shanghai(String local) {
		return java.time.LocalDateTime.parse(local).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
	}

	@Test
	void theServicesAreListedWithNameAndDuration() {
		var services = api.as("wang.agent").get("/api/v1/appointment-services?lang=en");
		assertThat(services.status()).isEqualTo(200);
		assertThat(services.body().valueStream().map(s -> s.get("code").asString()))
			.containsExactly("WEALTH_CONSULTATION", "LOAN", "ACCOUNT_OPENING", "INSURANCE", "OTHER");
		assertThat(services.body().get(1).get("name").asString()).isEqualTo("Loan");
		assertThat(services.body().get(1).get("durationMinutes").asInt()).isEqualTo(30);
	}

	@Test
	void aWorkedSaturdayHasSlotsAndAHolidayOrAnOrdinarySundayNone() {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(shanghai("2026-02-25T10:00"));
		var saturday = api.as("wang.agent").get(slots(branch, "2026-02-28", "LOAN"));
		assertThat(saturday.status()).isEqualTo(200);
		assertThat(saturday.body().size()).isEqualTo(16);
		assertThat(saturday.body().get(0).get("start").asString()).isEqualTo("2026-02-28T09:00+08:00");
		assertThat(saturday.body().get(0).get("end").asString()).isEqualTo("2026-02-28T09:30+08:00");
		assertThat(saturday.body().get(0).get("capacity").asInt()).isEqualTo(1);
		assertThat(saturday.body().get(0).get("available").asInt()).isEqualTo(1);
		assertThat(api.as("wang.agent").get(slots(branch, "2026-03-01", "LOAN")).text()).isEqualTo("[]");

		clock.fixAt(shanghai("2026-09-28T10:00"));
		assertThat(api.as("wang.agent").get(slots(branch, "2026-10-01", "LOAN")).text()).isEqualTo("[]");
		assertThat(api.as("wang.agent").get(slots(branch, "2026-10-10", "LOAN")).body().size()).isEqualTo(16);
	}

	@Test
	void aFilledSlotAnswers409AndAStartThatIsNotASlot400NamingStart() {
		Reception branch = Reception.open(api, 2, "LOAN");
		clock.fixAt(shanghai("2026-02-25T10:00"));
		assertThat(book(branch, "2026-02-27T10:00+08:00").status()).isEqualTo(201);
		assertThat(book(branch, "2026-02-27T10:00+08:00").status()).isEqualTo(201);
		var full = book(branch, "2026-02-27T10:00+08:00");
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.contentType()).startsWith("application/problem+json");
		var notASlot = book(branch, "2026-02-27T10:10+08:00");
		assertThat(notASlot.status()).isEqualTo(400);
		assertThat(notASlot.body().get("errors").get(0).get("field").asString()).isEqualTo("start");
		var holiday = book(branch, "2026-02-17T10:00+08:00");
		assertThat(holiday.status()).isEqualTo(400);
		var slot = api.as("wang.agent").get(slots(branch, "2026-02-27", "LOAN")).body().get(2);
		assertThat(slot.get("start").asString()).isEqualTo("2026-02-27T10:00+08:00");
		assertThat(slot.get("available").asInt()).isZero();
	}

	@Test
	void aCustomerAlreadyBookedAtATimeIsNotBookedTwiceThenAtAnyUnit() {
		Reception branch = Reception.open(api, 2, "LOAN", "INSURANCE");
		Reception other = Reception.open(api, 1, "LOAN");
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual(branch.unit(), null)).body()
			.get("id").asLong();
		clock.fixAt(shanghai("2026-02-25T10:00"));

		var first = bookFor(customer, branch, "LOAN", "2026-02-27T10:00+08:00");
		var again = bookFor(customer, branch, "INSURANCE", "2026-02-27T10:00+08:00");
		var elsewhere = bookFor(customer, other, "LOAN", "2026-02-27T10:00+08:00");
		var later = bookFor(customer, branch, "LOAN", "2026-02-27T10:30+08:00");

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("customer-booked");
		assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(409);
		assertThat(later.status()).as(later.toString()).isEqualTo(201);
	}

	Api.Response bookFor(long customer, Reception branch, String service, String start) {
		return api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", service,
				"start", start, "customerId", customer));
	}

	@Test
	void twentyParallelBookingsOfATwoSeatSlotBookExactlyTwo() throws Exception {
		Reception branch = Reception.open(api, 2, "LOAN");
		clock.fixAt(shanghai("2026-02-25T10:00"));
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(20);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Callable<Integer> booking = () -> {
				start.await();
				return book(branch, "2026-02-27T14:00+08:00").status();
			};
			answers.add(pool.submit(booking));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(18);
		var booked = api.as("wang.agent").get("/api/v1/appointments?orgUnit=" + branch.unit() + "&date=2026-02-27");
		assertThat(booked.body().get("totalElements").asInt()).isEqualTo(2);
		assertThat(booked.body().get("content").valueStream().map(a -> a.get("advisor").asString()))
			.containsExactlyInAnyOrderElementsOf(branch.advisors());
	}

	@Test
	void theCustomersOwnAccountManagerReceivesItWhenSkilledAndFreeElseTheLeastBusyAdvisor() {
		Reception branch = Reception.open(api, 2, "WEALTH_CONSULTATION");
		String manager = branch.advisors().get(1);
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual(branch.unit(), manager)).body()
			.get("id").asLong();
		clock.fixAt(shanghai("2026-02-25T10:00"));
		var first = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"WEALTH_CONSULTATION", "start", "2026-02-27T09:00+08:00", "customerId", customer));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.body().get("advisor").asString()).isEqualTo(manager);
		assertThat(first.body().get("appointmentNo").asString()).startsWith("AP");
		assertThat(first.body().get("status").asString()).isEqualTo("BOOKED");
		assertThat(first.body().get("end").asString()).isEqualTo("2026-02-27T09:30+08:00");
		var visitor = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"WEALTH_CONSULTATION", "start", "2026-02-27T10:00+08:00", "name", "路人甲", "mobile", TestCustomers.mobile()));
		assertThat(visitor.body().get("advisor").asString()).isEqualTo(branch.advisors().get(0));
		assertThat(visitor.body().get("mobile").asString()).contains("****");
		var again = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"WEALTH_CONSULTATION", "start", "2026-02-27T11:00+08:00", "customerId", customer));
		assertThat(again.body().get("advisor").asString()).isEqualTo(manager);
		var reassigned = api.as("admin").post("/api/v1/appointments/" + again.body().get("id").asLong() + "/reassign",
				Api.json("advisor", branch.advisors().get(0)));
		assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
		assertThat(reassigned.body().get("advisor").asString()).isEqualTo(branch.advisors().get(0));
	}

	@Test
	void aBookingNeedsAVisitorAndComplianceMayNotBook() {
		Reception branch = Reception.open(api, 1, "LOAN");
		clock.fixAt(shanghai("2026-02-25T10:00"));
		var nobody = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"start", "2026-02-27T09:00+08:00"));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("name", "mobile");
		assertThat(api.as("chen.compliance").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"LOAN", "start", "2026-02-27T09:00+08:00", "name", "甲", "mobile", TestCustomers.mobile())).status())
			.isEqualTo(403);
		assertThat(api.as("wang.agent").get("/api/v1/appointment-slots?orgUnit=NOPE&date=2026-02-27&service=LOAN").status())
			.isEqualTo(400);
	}

	Api.Response book(Reception branch, String start) {
		return api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "LOAN",
				"start", start, "name", "王小二", "mobile", TestCustomers.mobile()));
	}

	static String slots(Reception branch, String date, String service) {
		return "/api/v1/appointment-slots?orgUnit=" + branch.unit() + "&date=" + date + "&service=" + service;
	}
}
