package org.clientcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused training record reads in the page's language, naming what is wrong, never the API's English. */
@IntegrationTest
class TrainingPagesTest {

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
		var posted = SignedInPages.submit(client, port, "/training?lang=" + language, "/training/assessments", form);
		assertThat(posted.statusCode()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}
}
