package org.clientcare.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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

/** A tier override as its checker reads it on the approvals page. */
@IntegrationTest
class TierOverridePagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void anOverrideWithoutAnEndDateReadsAsHavingNoneInEitherLanguage() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var requested = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "PLATINUM", "reason", "战略客户的实际控制人"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		String request = ">" + requested.body().get("id").asLong() + "<";
		HttpClient checker = SignedInPages.as("zhao.manager", port);

		assertThat(row(page(checker, "/approvals?lang=en"), request)).contains("tier Platinum (no end date)");
		assertThat(row(page(checker, "/approvals?lang=zh-CN"), request)).contains("等级调整为白金（长期有效）");
	}

	private String page(HttpClient client, String path) throws Exception {
		var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static String row(String html, String text) {
		int at = html.indexOf(text);
		assertThat(at).as("the page shows %s", text).isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}
}
