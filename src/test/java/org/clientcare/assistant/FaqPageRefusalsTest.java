package org.clientcare.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A FAQ entry the page refuses reads in the page's language naming the field, with what was written kept. */
@IntegrationTest
class FaqPageRefusalsTest {

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
		var posted = SignedInPages.submit(client, port, "/faq/new?lang=zh-CN", "/faq", form);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		return posted.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
