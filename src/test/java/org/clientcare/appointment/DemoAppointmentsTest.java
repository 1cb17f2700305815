package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** On the running demo (dated relative to today): advisors, slots on working days only, appointments this week. */
@IntegrationTest
class DemoAppointmentsTest {

	@Autowired
	Api api;

	@Autowired
	CalendarManagement calendar;

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void theNextWorkingDayHasSlotsAndTheNextSundayThatIsNotWorkedHasNone() {
		LocalDate workingDay = calendar.addWorkingDays(today, 1);
		LocalDate sunday = today.plusDays(1);
		while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY || calendar.isWorkingDay(sunday)) {
			sunday = sunday.plusDays(1);
		}
		for (String unit : new String[] { "SH-PD", "SH-XH" }) {
			var slots = api.as("wang.agent").get("/api/v1/appointment-slots?orgUnit=" + unit + "&date=" + workingDay
					+ "&service=WEALTH_CONSULTATION");
			assertThat(slots.body().size()).as(unit + " " + workingDay).isPositive();
			assertThat(slots.body().get(0).get("capacity").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(api.as("wang.agent").get("/api/v1/appointment-slots?orgUnit=" + unit + "&date=" + sunday
					+ "&service=WEALTH_CONSULTATION").text()).as(unit + " " + sunday).isEqualTo("[]");
		}
	}

	@Test
	void theDemoHasAdvisorsInBothSubBranchesAppointmentsThisWeekAndAWalkInQueue() {
		var advisors = api.as("admin").get("/api/v1/appointment-advisors?orgUnit=SH").body();
		assertThat(advisors.valueStream().map(a -> a.get("username").asString()))
			.contains("zhang.rm", "li.rm", "sun.advisor", "zhou.advisor", "wu.advisor");
		LocalDate workingDay = calendar.addWorkingDays(today, 1);
		assertThat(api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + workingDay).body()
			.get("totalElements").asInt()).isPositive();
		assertThat(api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-XH&date=" + workingDay + "&status=BOOKED")
			.body().get("totalElements").asInt()).isPositive();
		assertThat(api.as("zhang.rm").get("/api/v1/appointments?advisor=me&size=500").body().get("totalElements").asInt())
			.isPositive();
		var queue = api.as("wang.agent").get("/api/v1/walk-ins?orgUnit=SH-PD").body().get("content");
		assertThat(queue.valueStream().map(w -> w.get("status").asString())).contains("SERVED", "CALLED", "WAITING");
	}
}
