package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An invitation or an answer the event page refuses reads in the page's language naming the field, input kept. */
@IntegrationTest
class EventPageRefusalsTest {

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
		var posted = SignedInPages.submit(client, port, "/care/events/" + id + "?lang=" + language,
				"/care/events/" + id + "/" + step, form);
		assertThat(posted.statusCode()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}
}
