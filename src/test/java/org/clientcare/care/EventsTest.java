package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.notification.internal.Outbox;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer events (SPEC §8, §12): invitations with a private link and a calendar file, answers without signing in, a
 * waitlist promoted when a seat frees, check-in at the door and the figures.
 */
@IntegrationTest
class EventsTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@LocalServerPort
	int port;

	@Test
	void aFullEventWaitlistsTheSecondGuestAndPromotesItWhenTheFirstDeclines() throws Exception {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String organiser = staff.user("BRANCH_MANAGER", unit);
		long first = staff.customer(unit, null);
		long second = staff.customer(unit, null);
		var created = staff.as(organiser).post("/api/v1/events", Api.json("title", "养老规划讲座", "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusHours(1).toString(), "location", "浦东支行三楼", "capacity", 1,
				"orgUnit", unit));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long event = created.body().get("id").asLong();

		var invited = staff.as(organiser).post("/api/v1/events/" + event + "/invitations",
				Api.json("customerIds", List.of(first, second)));
		assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
		assertThat(invited.body().get("invited").asLong()).isEqualTo(2);
		String ics = jdbc.sql("select attachments::text from notification_outbox where event_key = ? and channel = 'EMAIL'")
			.param("care-event:" + event + ":invitation:" + first).query(String.class).single();
		assertThat(ics).contains("event.ics");

		answer(link(event, first), true);
		assertThat(answer(link(event, second), true)).contains("id=\"rsvp-status\"");
		var full = staff.as(organiser).get("/api/v1/events/" + event).body();
		assertThat(full.get("accepted").asLong()).isEqualTo(1);
		assertThat(full.get("waitlisted").asLong()).isEqualTo(1);

		answer(link(event, first), false);
		var promoted = staff.as(organiser).get("/api/v1/events/" + event).body();
		assertThat(promoted.get("accepted").asLong()).isEqualTo(1);
		assertThat(promoted.get("declined").asLong()).isEqualTo(1);
		assertThat(promoted.get("waitlisted").asLong()).isZero();
		assertThat(jdbc.sql("select count(*) from notification_outbox where event_key = ?")
			.param("care-event:" + event + ":promoted:" + second).query(Long.class).single()).isEqualTo(1);

		String number = "E" + event + "-" + second;
		var checkedIn = staff.as(organiser).post("/api/v1/events/" + event + "/attendance", Api.json("number", number));
		assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
		assertThat(checkedIn.body().get("attended").asLong()).isEqualTo(1);
		assertThat(staff.as(organiser).post("/api/v1/events/" + event + "/attendance", Api.json("customerId", second))
			.status()).isEqualTo(409);
		assertThat(staff.as(organiser).post("/api/v1/events/" + event + "/attendance", Api.json("number", "E0-0"))
			.status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").get("/api/v1/events/" + event).status()).isEqualTo(404);
		assertThat(api.as("chen.compliance").get("/api/v1/events/" + event).status()).isEqualTo(200);
		assertThat(staff.as(organiser).get("/api/v1/events/" + event + "/invitations").text()).doesNotContain("rsvp");
	}

	@Test
	void aGuestIsNotCheckedInTwoWeeksBeforeTheEventNorTwoDaysAfterItAndTheRefusalSaysWhy() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String organiser = staff.user("BRANCH_MANAGER", unit);
		long guest = staff.customer(unit, null);
		long event = staff.as(organiser).post("/api/v1/events", Api.json("title", "养老规划讲座", "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusDays(14).toString(), "location", "浦东支行三楼", "capacity", 10,
				"orgUnit", unit)).body().get("id").asLong();
		staff.as(organiser).post("/api/v1/events/" + event + "/invitations", Api.json("customerIds", List.of(guest)));

		var early = staff.as(organiser).post("/api/v1/events/" + event + "/attendance", Api.json("customerId", guest));
		var earlyByNumber = staff.as(organiser).post("/api/v1/events/" + event + "/attendance",
				Api.json("number", "E" + event + "-" + guest));
		jdbc.sql("update care_event set starts_at = now() - interval '2 days' where id = ?").param(event).update();
		var late = staff.as(organiser).post("/api/v1/events/" + event + "/attendance", Api.json("customerId", guest));

		assertThat(early.status()).as(early.text()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.body().get("code").asString()).isEqualTo("check-in-not-open");
		assertThat(early.body().has("opensAt")).isTrue();
		assertThat(earlyByNumber.status()).isEqualTo(409);
		assertThat(late.status()).as(late.text()).isEqualTo(409);
		assertThat(late.body().get("code").asString()).isEqualTo("check-in-closed");
		assertThat(staff.as(organiser).get("/api/v1/events/" + event).body().get("attended").asLong()).isZero();
	}

	@Test
	void anEventInThePastOrWithoutSeatsIsRefusedNamingTheField() {
		var past = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "x", "kind", "OUTDOOR", "startsAt",
				OffsetDateTime.now().minusDays(1).toString(), "location", "佘山", "capacity", 10, "orgUnit", "SH"));
		var noSeats = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "x", "kind", "OUTDOOR", "startsAt",
				OffsetDateTime.now().plusDays(1).toString(), "location", "佘山", "capacity", 0, "orgUnit", "SH"));
		var agent = api.as("wang.agent").post("/api/v1/events", Api.json("title", "x", "kind", "OUTDOOR", "startsAt",
				OffsetDateTime.now().plusDays(1).toString(), "location", "佘山", "capacity", 10, "orgUnit", "SH"));

		assertThat(past.status()).isEqualTo(400);
		assertThat(past.text()).contains("startsAt");
		assertThat(noSeats.status()).isEqualTo(400);
		assertThat(noSeats.text()).contains("capacity");
		assertThat(agent.status()).isEqualTo(403);
	}

	@Test
	void aRestrictedCustomerIsNotInvitedToAnEventAndTheRefusalNamesTheCustomers() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String organiser = staff.user("BRANCH_MANAGER", unit);
		long restricted = staff.customer(unit, null);
		long request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", restricted,
				"kind", "DELETION", "channel", "BRANCH")).body().get("id").asLong();
		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + request + "/answer",
				Api.json("answer", "依法保存，限制处理")).status()).isEqualTo(200);
		long event = staff.as(organiser).post("/api/v1/events", Api.json("title", "养老规划讲座", "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusDays(10).toString(), "location", "浦东支行三楼", "capacity", 10,
				"orgUnit", unit)).body().get("id").asLong();

		var invited = staff.as(organiser).post("/api/v1/events/" + event + "/invitations",
				Api.json("customerIds", List.of(restricted)));

		assertThat(invited.status()).as(invited.text()).isEqualTo(400);
		assertThat(invited.text()).contains("customerIds", "restricted");
		assertThat(staff.as(organiser).get("/api/v1/events/" + event + "/invitations").text())
			.doesNotContain("\"customerId\":" + restricted + ",");
	}

	@Test
	void anInvitationLinkNoOneWasSentSaysTheInvitationIsNotFoundAndNothingOfUnsubscribing() throws Exception {
		var visitor = HttpClient.newHttpClient();
		for (var expected : java.util.Map.of("zh-CN", "未找到此邀请", "en", "We could not find this invitation").entrySet()) {
			var page = visitor.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/public/events/rsvp/no-such-invitation?lang=" + expected.getKey())).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).isEqualTo(410);
			assertThat(page.body()).contains(expected.getValue()).doesNotContain("退订", "nsubscribe");
		}
	}

	private String link(long event, long customer) {
		byte[] secrets = jdbc.sql("select secrets_enc from notification_outbox where event_key = ? and channel = 'SMS'")
			.param("care-event:" + event + ":invitation:" + customer).query(byte[].class).single();
		return Outbox.openSecrets(secrets, pii).get("rsvpUrl");
	}

	private String answer(String link, boolean accept) throws Exception {
		var visitor = SignedInPages.visitor();
		var page = SignedInPages.get(visitor, port, link);
		assertThat(page.statusCode()).isEqualTo(200);
		var answered = SignedInPages.post(visitor, port, link, "accept=" + accept, SignedInPages.csrf(page.body()));
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		return answered.body();
	}
}
