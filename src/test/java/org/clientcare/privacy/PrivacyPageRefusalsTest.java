package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
		String csrf = SignedInPages.csrf(form);

		var refused = SignedInPages.post(manager, port, "/privacy", "customerId=999999999&kind=DELETION&channel=LETTER"
				+ "&details=" + URLEncoder.encode("客户来信要求删除", StandardCharsets.UTF_8), csrf);
		assertThat(refused.statusCode()).isEqualTo(302);
		String page = manager.send(HttpRequest.newBuilder(uri(refused.headers().firstValue("Location").orElseThrow()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

		assertThat(page).contains("您服务的客户中没有该编号的客户。", "value=\"999999999\"", "value=\"客户来信要求删除\"",
				"<option value=\"DELETION\" selected=\"selected\">", "<option value=\"LETTER\" selected=\"selected\">");
	}

	private String post(HttpClient client, long id, String step, String form, String language) throws Exception {
		var posted = SignedInPages.submit(client, port, "/privacy/" + id + "?lang=" + language,
				"/privacy/" + id + "/" + step, form);
		assertThat(posted.statusCode()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
