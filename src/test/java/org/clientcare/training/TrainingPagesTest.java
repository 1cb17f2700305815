package org.clientcare.training;

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

/** A refused training record reads in the page's language, naming what is wrong, never the API's English. */
@IntegrationTest
class TrainingPagesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aSecondAssessmentOfTheQuarterIsRefusedInChineseOnTheChinesePage() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);
		String quarter = Quarter.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).toString();

		post(manager, "zh-CN", "username=li.rm&quarter=" + quarter + "&score=80");
		String again = post(manager, "zh-CN", "username=li.rm&quarter=" + quarter + "&score=85");

		assertThat(again).contains("该员工本季度已有考核记录。").doesNotContain("already", "assessment for");
	}

	@Test
	void anUnknownStaffMemberAndAQuarterNotLikeTheFormAreNamedInEachLanguage() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String unknown = post(manager, "en", "username=nobody.here&quarter=2026-Q1&score=80");
		String badQuarter = post(manager, "zh-CN", "username=li.rm&quarter=2026-Q9&score=80");

		assertThat(unknown).contains("Username: no staff member with this username among yours")
			.doesNotContain("Staff member nobody.here not found");
		assertThat(badQuarter).contains("季度：格式如 2026-Q4").doesNotContain("A quarter like");
	}

	/** Records an assessment through the form as the page does, and answers the page the redirect leads to. */
	private String post(HttpClient client, String language, String form) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/training?lang=" + language)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		var posted = client.send(HttpRequest.newBuilder(uri("/training/assessments"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		return client.send(HttpRequest.newBuilder(uri(posted.headers().firstValue("Location").orElseThrow())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
