package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job {@code appointment-reminders}: the working day before, an SMS and an e-mail with the ICS file to the customer
 * and a preparation notice to the advisor, each once however often the job runs.
 */
@IntegrationTest
class AppointmentRemindersTest {

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
	void runTwiceTheJobRemindsEachAppointmentOnceAndTheEmailCarriesAnIcsInShanghaiTime() {
		Reception branch = Reception.open(api, 1, "WEALTH_CONSULTATION");
		var registration = TestCustomers.individual(branch.unit(), branch.advisors().get(0));
		long customer = api.as("admin").post("/api/v1/customers", registration).body().get("id").asLong();
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		// Monday 2026-03-02: its working day before is Saturday 2026-02-28 (调休), not Friday.
		long id = api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service",
				"WEALTH_CONSULTATION", "start", "2026-03-02T10:30+08:00", "customerId", customer)).body().get("id").asLong();

		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-27T09:00"));
		var friday = api.as("admin").post("/api/v1/jobs/appointment-reminders/run", Api.json());
		assertThat(friday.status()).as(friday.toString()).isEqualTo(200);
		assertThat(messages(id)).isEmpty();

		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-28T09:00"));
		var first = api.as("admin").post("/api/v1/jobs/appointment-reminders/run", Api.json());
		var second = api.as("admin").post("/api/v1/jobs/appointment-reminders/run", Api.json());
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.body().get("result").get("appointments").asInt()).isZero();

		List<Map<String, Object>> sent = messages(id);
		assertThat(sent).extracting(m -> m.get("channel") + " " + m.get("template")).containsExactlyInAnyOrder(
				"SMS appointment-reminder", "EMAIL appointment-reminder", "EMAIL appointment-advisor-notice");
		String attachments = (String) sent.stream().filter(m -> "EMAIL".equals(m.get("channel"))
				&& "appointment-reminder".equals(m.get("template"))).findFirst().orElseThrow().get("attachments");
		var file = tools.jackson.databind.json.JsonMapper.builder().build().readTree(attachments).get(0);
		assertThat(file.get("filename").asString()).isEqualTo("appointment.ics");
		ICalendar ics = Biweekly.parse(new String(Base64.getDecoder().decode(file.get("content").asString()),
				StandardCharsets.UTF_8)).first();
		VEvent event = ics.getEvents().get(0);
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(AppointmentBookingTest.shanghai("2026-03-02T10:30"));
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(AppointmentBookingTest.shanghai("2026-03-02T11:00"));
		assertThat(ics.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone().toZoneId())
			.isEqualTo(ZoneId.of("Asia/Shanghai"));
		String notice = jdbc.sql("select params::text from notification_outbox where event_key = ?")
			.param("appointment:" + id + ":reminder:" + AppointmentBookingTest.shanghai("2026-03-02T10:30").getEpochSecond()
					+ ":advisor")
			.query(String.class).single();
		assertThat(notice).contains("\"complaints\": \"0\"", "无风险测评记录", "\"entitlements\"");
	}

	List<Map<String, Object>> messages(long appointment) {
		return jdbc.sql("select channel, template, attachments::text as attachments from notification_outbox where event_key like ?")
			.param("appointment:" + appointment + ":reminder:%").query().listOfRows();
	}
}
