package org.clientcare.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A product the catalogue page refuses reads in the page's language naming the field, with the names kept. */
@IntegrationTest
class ProductPageRefusalsTest {

	@LocalServerPort
	int port;

	@Test
	void aProductWithALowerCaseCodeIsRefusedInChineseNamingTheCodeWithTheNamesKept() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);

		String page = post(admin, "code=p-low&nameZh=" + encode("稳健理财九十天") + "&nameEn=Steady+90+days&type=WEALTH"
				+ "&riskLevel=R2&status=ACTIVE&recordingRetentionYears=5");

		assertThat(page).contains("产品代码为 2 至 32 位大写字母、数字或“-”。", "value=\"p-low\"", "value=\"稳健理财九十天\"",
				"value=\"Steady 90 days\"").doesNotContain("Upper-case letters, digits");
	}

	private String post(HttpClient client, String form) throws Exception {
		var posted = SignedInPages.submit(client, port, "/products?lang=zh-CN", "/products", form);
		assertThat(posted.statusCode()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
