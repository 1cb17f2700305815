package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An invitation or an answer the event page refuses reads in the page's language naming the field, input kept. */
@IntegrationTest
class EventPageRefusalsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void invitationsOfNoNumberOrOfACustomerNotSeenAndAnAnswerOfAGuestNotInvitedAreRefusedInThePagesLanguage()
			throws Exception {
		long event = api.as("zhao.manager").post("/api/v1/events", Api.json("title", "理财讲座", "kind", "LECTURE",
				"startsAt", OffsetDateTime.now().plusDays(10).toString(), "location", "浦东", "capacity", 30, "orgUnit",
				"SH-PD")).body().get("id").asLong();
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String notNumbers = post(manager, event, "invitations", "customerIds=abc", "zh-CN");
		String unseen = post(manager, event, "invitations", "customerIds=999999999", "en");
		String notInvited = post(manager, event, "answers", "customerId=999999999&accept=true", "zh-CN");

		assertThat(notNumbers).contains("请填写要邀请的客户编号", "value=\"abc\"").doesNotContain("For input string");
		assertThat(unseen).contains("One of these customer numbers is not a customer you may see",
				"value=\"999999999\"").doesNotContain("not found");
		assertThat(notInvited).contains("该客户未受邀参加此活动").doesNotContain("Invitation");
	}

	/** Posts a form of the event page as the page does, and answers the page the redirect leads to. */
	private String post(HttpClient client, long id, String step, String form, String language) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/care/events/" + id + "?lang=" + language)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri("/care/events/" + id + "/" + step))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		return client.send(HttpRequest.newBuilder(uri(posted.headers().firstValue("Location").orElseThrow())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
