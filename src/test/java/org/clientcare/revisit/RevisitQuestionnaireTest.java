package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RevisitQuestionnaireTest {

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

	/** The customer's browser: its forms carry the session's CSRF token, from the last form the customer saw. */
	SignedInPages.Browser customer;

	@BeforeEach
	void openBrowser() {
		customer = new SignedInPages.Browser(port);
	}

	long revisit() {
		long customerId = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		return api.as("zhang.rm").post("/api/v1/customers/" + customerId + "/revisits",
				Api.json("dueDate", LocalDate.now().toString())).body().get("id").asLong();
	}

	String sendLink(long revisit) {
		var sent = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/questionnaire", null);
		assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		// The link travels encrypted beside the message, for the customer only.
		byte[] sealed = jdbc.queryForObject("select secrets_enc from notification_outbox where event_key = ?", byte[].class,
				"revisit:" + revisit + ":questionnaire:1");
		String url = org.clientcare.notification.internal.Outbox.openSecrets(sealed, pii).get("url");
		return URI.create(url).getPath();
	}

	HttpResponse<String> open(String path) throws Exception {
		return customer.get(path + "?lang=en");
	}

	HttpResponse<String> answer(String path, String form) throws Exception {
		open(path);
		return customer.post(path + "?lang=en", form);
	}

	@Test
	void theLinkWorksOnceAndItsAnswersBecomeTheOnlineOutcome() throws Exception {
		long revisit = revisit();
		String link = sendLink(revisit);

		var page = open(link);
		var missing = answer(link, "problems=none");
		var answered = answer(link, "satisfaction=4&productUsage=Fine&suggestions=Longer+hours");
		var again = answer(link, "satisfaction=1");
		var reopened = open(link);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-state=\"OPEN\"", "How satisfied");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(answered.body()).contains("We have received your answers");
		assertThat(again.body()).contains("already been answered");
		assertThat(reopened.body()).contains("already been answered");
		var outcome = api.as("zhang.rm").get("/api/v1/revisits/" + revisit).body();
		assertThat(outcome.get("status").asString()).isEqualTo("DONE");
		assertThat(outcome.get("method").asString()).isEqualTo("ONLINE");
		assertThat(outcome.get("satisfaction").asInt()).isEqualTo(4);
		assertThat(outcome.get("suggestions").asString()).isEqualTo("Longer hours");
	}

	@Test
	void anExpiredOrUnknownLinkSaysSoPolitelyAndRecordsNothing() throws Exception {
		long revisit = revisit();
		String link = sendLink(revisit);

		open(link);
		answer(link, "satisfaction=9");
		clock.advance(Duration.ofDays(15));
		try {
			assertThat(open(link).body()).contains("This link has expired");
			assertThat(answer(link, "satisfaction=5").body()).contains("This link has expired");
		}
		finally {
			clock.reset();
		}
		var unknown = open("/public/revisits/no-such-token");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("could not find this questionnaire");
		assertThat(api.as("zhang.rm").get("/api/v1/revisits/" + revisit).body().get("status").asString()).isEqualTo("OPEN");
		assertThat(api.as("li.rm").post("/api/v1/revisits/" + revisit + "/questionnaire", null).status()).isEqualTo(404);
	}
}
