package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A privacy request, or a step of one, the page refuses reads in the page's language naming the field, with what was
 * typed kept.
 */
@IntegrationTest
class PrivacyPageRefusalsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aBlankAnswerIsRefusedInChineseAndAnUnknownAssigneeInEnglishWithTheUsernameKept() throws Exception {
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", null)).body()
			.get("id").asLong();
		var request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", customer, "kind",
				"ACCESS", "channel", "BRANCH"));
		assertThat(request.status()).as(request.text()).isEqualTo(201);
		long id = request.body().get("id").asLong();
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		String blank = post(compliance, id, "answer", "text=+", "zh-CN");
		String unknown = post(compliance, id, "assign", "assignee=no.such.user", "en");

		assertThat(blank).contains("请填写给客户的答复。").doesNotContain("Write the answer given to the customer");
		assertThat(unknown).contains("No active staff member with this username handles privacy requests.",
				"value=\"no.such.user\"").doesNotContain("who handles such requests");
	}

	@Test
	void aRequestForACustomerNotServedIsRefusedInChineseWithTheCustomerKindChannelAndDetailsKept() throws Exception {
		HttpClient manager = SignedInPages.as("zhang.rm", port);
		String form = manager.send(HttpRequest.newBuilder(uri("/privacy?lang=zh-CN")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();

		var refused = manager.send(HttpRequest.newBuilder(uri("/privacy"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("customerId=999999999&kind=DELETION&channel=LETTER&details="
					+ URLEncoder.encode("客户来信要求删除", StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(302);
		String page = manager.send(HttpRequest.newBuilder(uri(refused.headers().firstValue("Location").orElseThrow()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

		assertThat(page).contains("您服务的客户中没有该编号的客户。", "value=\"999999999\"", "value=\"客户来信要求删除\"",
				"<option value=\"DELETION\" selected=\"selected\">", "<option value=\"LETTER\" selected=\"selected\">");
	}

	private String post(HttpClient client, long id, String step, String form, String language) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/privacy/" + id + "?lang=" + language)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri("/privacy/" + id + "/" + step))
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
