package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The complainant answers a resolution through the single-use link of the resolution message (§6). */
@IntegrationTest
class ComplaintFeedbackLinkTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.clientcare.shared.pii.PiiCipher pii;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	/** The complainant's browser: its forms carry the CSRF token of the last page it read. */
	SignedInPages.Browser complainant;

	@BeforeEach
	void openBrowser() {
		complainant = new SignedInPages.Browser(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long resolved() {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "投诉人",
				"contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES", "content", "年费未经同意被扣收"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		api.as("wang.agent").post("/api/v1/complaints/" + id + "/acknowledge", Api.json());
		resolve(id, "退还年费");
		return id;
	}

	void resolve(long id, String resolution) {
		var resolved = api.as("wang.agent").post("/api/v1/complaints/" + id + "/resolve", Api.json("resolution", resolution));
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
	}

	/** The link as the complainant receives it: only in the message's encrypted secret. */
	String link(long id, int round) {
		byte[] sealed = jdbc.queryForObject("select secrets_enc from notification_outbox where event_key = ?", byte[].class,
				"complaint:" + id + ":resolved:" + round);
		return URI.create(org.clientcare.notification.internal.Outbox.openSecrets(sealed, pii).get("feedbackUrl")).getPath();
	}

	HttpResponse<String> open(String path) throws Exception {
		return complainant.get(path + "?lang=en");
	}

	HttpResponse<String> answer(String path, String form) throws Exception {
		open(path);
		return complainant.post(path + "?lang=en", form);
	}

	@Test
	void theLinkInTheResolutionMessageRecordsTheComplainantsRatingOnceAndClosesTheComplaint() throws Exception {
		long id = resolved();
		String link = link(id, 0);

		var page = open(link);
		var missing = answer(link, "comment=ok");
		var answered = answer(link, "accepted=true&satisfaction=4&comment=" + URLEncoder.encode("处理及时", StandardCharsets.UTF_8));
		var again = answer(link, "accepted=false&satisfaction=1");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-state=\"OPEN\"", "退还年费", "Do you accept the resolution?");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("Please say whether you accept", "Please choose how satisfied");
		assertThat(answered.body()).contains("we received your answer", "Your complaint is now closed");
		assertThat(again.body()).contains("already been used");
		var complaint = api.as("wang.agent").get("/api/v1/complaints/" + id).body();
		assertThat(complaint.get("status").asString()).isEqualTo("CLOSED");
		assertThat(complaint.get("satisfaction").asInt()).isEqualTo(4);
		assertThat(complaint.get("feedbackComment").asString()).isEqualTo("处理及时");
		assertThat(complaint.get("feedbackSource").asString()).isEqualTo("CUSTOMER");
		assertThat(complaint.get("timeline").valueStream().map(e -> e.get("kind").asString()))
			.containsSubsequence("RESOLVED", "FEEDBACK_LINK_SENT", "CLOSED");
		var audit = api.as("chen.compliance").get("/api/v1/audit?entityType=complaint&entityId=" + id).text();
		assertThat(audit).contains("complaint.closed", "complainant:link");
	}

	@Test
	void staffSeeThatTheLinkWasSentButNeverTheLink() throws Exception {
		long id = resolved();
		String token = link(id, 0).substring(link(id, 0).lastIndexOf('/') + 1);

		assertThat(api.as("wang.agent").get("/api/v1/complaints/" + id).text()).contains("FEEDBACK_LINK_SENT")
			.doesNotContain(token);
		assertThat(api.as("admin").get("/api/v1/notifications?size=50").text()).doesNotContain(token);
		assertThat(jdbc.queryForObject("select count(*) from complaint_feedback_link where token_hash = ?", Long.class,
				token)).isZero();
	}

	@Test
	void aRejectionReopensTheComplaintTheNextResolutionSendsANewLinkAndASecondRejectionEscalates() throws Exception {
		long id = resolved();
		String first = link(id, 0);

		var rejected = answer(first, "accepted=false&satisfaction=2&comment=" + URLEncoder.encode("退费金额不对", StandardCharsets.UTF_8));
		assertThat(rejected.body()).contains("We have reopened your complaint");
		assertThat(api.as("wang.agent").get("/api/v1/complaints/" + id).body().get("status").asString()).isEqualTo("REOPENED");

		resolve(id, "补足退费差额");
		String second = link(id, 1);
		assertThat(second).isNotEqualTo(first);
		assertThat(open(first).body()).contains("already been used");
		var escalated = answer(second, "accepted=false&satisfaction=1");

		assertThat(escalated.body()).contains("passed your complaint to a senior officer");
		var complaint = api.as("wang.agent").get("/api/v1/complaints/" + id).body();
		assertThat(complaint.get("status").asString()).isEqualTo("ESCALATED");
		assertThat(complaint.get("satisfaction").asInt()).isEqualTo(1);
	}

	@Test
	void anExpiredOrUnknownLinkRecordsNothing() throws Exception {
		long id = resolved();
		String link = link(id, 0);
		answer(link, "satisfaction=9");

		clock.advance(Duration.ofDays(16));
		var expired = answer(link, "accepted=true&satisfaction=5");
		clock.reset();
		var unknown = open("/public/complaints/feedback/no-such-token-at-all-here");

		assertThat(expired.body()).contains("This link has expired");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("could not find this link");
		assertThat(api.as("wang.agent").get("/api/v1/complaints/" + id).body().get("status").asString()).isEqualTo("RESOLVED");
	}
}
