package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages speak Simplified Chinese and English (SPEC §14): a switch to any other language, or a cookie naming one,
 * leaves the reader in one of the two, and every page keeps working. A switch to {@code ?lang=xx} was kept for the
 * session, and from then on the care, approvals and complaint analysis pages, which name tiers, occasions and causes
 * through the message files, failed with a server error.
 */
@IntegrationTest
class LanguageChoiceTest {

	@LocalServerPort
	int port;

	@Test
	void aSwitchToALanguageThePagesDoNotSpeakIsIgnoredAndEveryPageKeepsWorking() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		assertThat(send(manager, "/customers?lang=en", null).body()).contains("lang=\"en\"");
		assertThat(send(manager, "/customers?lang=xx", null).statusCode()).isEqualTo(200);
		for (String page : new String[] { "/care", "/approvals", "/complaints/analysis" }) {
			var answer = send(manager, page, null);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.body()).as(page).contains("lang=\"en\"");
		}
	}

	@Test
	void aCookieNamingALanguageThePagesDoNotSpeakFallsBackToTheBrowsersChoice() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		var answer = send(manager, "/care", "clientcare-lang=fr");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("lang=\"zh-CN\"");
	}

	private HttpResponse<String> send(HttpClient client, String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (cookie != null) {
			request.header("Cookie", cookie).header("Accept-Language", "zh-CN,zh;q=0.9");
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
