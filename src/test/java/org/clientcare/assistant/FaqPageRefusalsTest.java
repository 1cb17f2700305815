package org.clientcare.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A FAQ entry the page refuses reads in the page's language naming the field, with what was written kept. */
@IntegrationTest
class FaqPageRefusalsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void anEntryWithoutAnAnswerIsRefusedInChineseNamingTheAnswerWithTheQuestionAndKeywordsKept() throws Exception {
		HttpClient editor = SignedInPages.as("wang.agent", port);

		String page = post(editor, "question=" + encode("开户需要带哪些材料") + "&answer=+&keywords=" + encode("开户 材料")
				+ "&language=zh-CN&category=ACCOUNTS");

		assertThat(page).contains("请填写答案（不超过 4000 字）", "value=\"开户需要带哪些材料\"", "value=\"开户 材料\"")
			.doesNotContain("A question (up to 500 characters)");
	}

	private String post(HttpClient client, String form) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/faq/new?lang=zh-CN")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri("/faq")).header("Content-Type",
				"application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf.group(1)))).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		return posted.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
