package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A booking or a walk-in number the desk refuses reads in the page's language, naming the fields, never the API's English. */
@IntegrationTest
class AppointmentPageRefusalsTest {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.clientcare.support.MutableClock clock;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void onASundayTheQueuePageSaysTheBranchIsClosedOffersNoNumberAndRefusesOneInThePagesLanguage() throws Exception {
		clock.fixAt(AppointmentBookingTest.shanghai("2026-03-01T10:00"));
		HttpClient agent = SignedInPages.as("wang.agent", port);
		String form = "orgUnit=SH-PD&service=OTHER&name=" + URLEncoder.encode("周先生", StandardCharsets.UTF_8);

		String english = post(agent, "/appointments/walk-ins?orgUnit=SH-PD&lang=en", "/appointments/walk-ins", form);
		String chinese = post(agent, "/appointments/walk-ins?orgUnit=SH-PD&lang=zh-CN", "/appointments/walk-ins", form);

		assertThat(english).contains("id=\"closed-today\"", "is closed today",
				"The branch is closed today (not a working day): no queue numbers are taken.")
			.doesNotContain("id=\"take\"", "branch-closed", "周先生");
		assertThat(chinese).contains("id=\"closed-today\"", "不营业", "网点今天不营业（非工作日），不能取号。")
			.doesNotContain("id=\"take\"", "branch-closed", "not a working day", "周先生");
	}

	@Test
	void aBookingWithoutServiceTimeOrVisitorNamesTheThreeFieldsInChinese() throws Exception {
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String page = post(agent, "/appointments/new?orgUnit=SH-PD&lang=zh-CN", "/appointments", "orgUnit=SH-PD");

		assertThat(page).contains("业务：请选择", "时间：请选择时段", "姓名：").doesNotContain("Choose a slot", "One of ");
	}

	@Test
	void aWalkInWithoutAServiceIsNamedInEnglishAndInChinese() throws Exception {
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String english = post(agent, "/appointments/walk-ins?orgUnit=SH-PD&lang=en", "/appointments/walk-ins",
				"orgUnit=SH-PD&name=" + URLEncoder.encode("王先生", StandardCharsets.UTF_8));
		String chinese = post(agent, "/appointments/walk-ins?orgUnit=SH-PD&lang=zh-CN", "/appointments/walk-ins",
				"orgUnit=SH-PD&name=" + URLEncoder.encode("王先生", StandardCharsets.UTF_8));

		assertThat(english).contains("Service: choose one");
		assertThat(chinese).contains("业务：请选择").doesNotContain("Choose a service");
	}

	/** Opens the page, posts its form as the page does, and answers the page the redirect leads to. */
	private String post(HttpClient client, String pagePath, String action, String form) throws Exception {
		var posted = SignedInPages.submit(client, port, pagePath, action, form);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}
}
