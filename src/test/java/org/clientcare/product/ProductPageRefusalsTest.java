package org.clientcare.product;

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

/** A product the catalogue page refuses reads in the page's language naming the field, with the names kept. */
@IntegrationTest
class ProductPageRefusalsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
		String page = client.send(HttpRequest.newBuilder(uri("/products?lang=zh-CN")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri("/products")).header("Content-Type",
				"application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf.group(1)))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		return client.send(HttpRequest.newBuilder(uri(posted.headers().firstValue("Location").orElseThrow())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
