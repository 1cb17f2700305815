package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public booking page without an account: an SMS code confirms the mobile number; the private link cancels once. */
@IntegrationTest
class PublicBookingTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern MANAGE = Pattern.compile("id=\"manage-link\" href=\"[^\"]*(/public/appointments/manage/[^\"]+)\"");

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@LocalServerPort
	int port;

	/** The visitor's browser: its forms carry the CSRF token of the last page it read. */
	SignedInPages.Browser visitor;

	@BeforeEach
	void openBrowser() {
		visitor = new SignedInPages.Browser(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aVisitorBooksWithTheSmsCodeAndCancelsOnceThroughThePrivateLink() throws Exception {
		Reception branch = Reception.open(api, 1, "ACCOUNT_OPENING");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		String mobile = TestCustomers.mobile();
		var page = get("/public/appointments?orgUnit=" + branch.unit() + "&service=ACCOUNT_OPENING&date=2026-02-27");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"2026-02-27T09:00+08:00\"");

		var codeForm = post("/public/appointments/code", "orgUnit=" + branch.unit()
				+ "&service=ACCOUNT_OPENING&date=2026-02-27&start=" + enc("2026-02-27T09:00+08:00") + "&name=" + enc("林小姐")
				+ "&mobile=" + mobile);
		assertThat(codeForm.statusCode()).as(codeForm.body()).isEqualTo(200);
		Matcher token = TOKEN.matcher(codeForm.body());
		assertThat(token.find()).isTrue();
		String code = org.clientcare.notification.internal.Outbox.openSecrets(jdbc.sql("select secrets_enc from notification_outbox "
				+ "where template = 'appointment-code' and recipient_hash = ? order by id desc limit 1")
			.param(pii.searchHash(mobile)).query(byte[].class).single(), pii).get("code");

		var wrong = post("/public/appointments/confirm", "token=" + token.group(1) + "&code=" + (code.equals("000000") ? "111111" : "000000"));
		var booked = post("/public/appointments/confirm", "token=" + token.group(1) + "&code=" + code);
		var replay = post("/public/appointments/confirm", "token=" + token.group(1) + "&code=" + code);

		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(booked.statusCode()).isEqualTo(200);
		assertThat(replay.statusCode()).isEqualTo(410);
		Matcher manage = MANAGE.matcher(booked.body());
		assertThat(manage.find()).as(booked.body()).isTrue();
		String link = manage.group(1);
		var list = api.as("admin").get("/api/v1/appointments?orgUnit=" + branch.unit() + "&date=2026-02-27");
		assertThat(list.body().get("content").get(0).get("channel").asString()).isEqualTo("PUBLIC");
		assertThat(list.text()).doesNotContain(link.substring(link.lastIndexOf('/') + 1));

		var cancelled = post(link + "/cancel", "");
		var twice = post(link + "/cancel", "");
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(cancelled.body()).contains("id=\"cancelled\"");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body()).contains("id=\"unchanged\"");
		assertThat(api.as("admin").get("/api/v1/appointments?orgUnit=" + branch.unit() + "&date=2026-02-27").body()
			.get("content").get(0).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(get("/public/appointments/manage/no-such-link").statusCode()).isEqualTo(404);
	}

	@Test
	void eachStepOfABookingSwitchesLanguageToAPageThatShowsTheSameBookingWithoutSendingAnotherCode() throws Exception {
		Reception branch = Reception.open(api, 1, "ACCOUNT_OPENING");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		String mobile = TestCustomers.mobile();
		get("/public/appointments?orgUnit=" + branch.unit() + "&service=ACCOUNT_OPENING&date=2026-02-27&lang=zh-CN");
		// a request refused for its mobile number: the switch shows the same choices, without what the visitor typed
		var refused = post("/public/appointments/code", "orgUnit=" + branch.unit() + "&service=ACCOUNT_OPENING&date=2026-02-27"
				+ "&start=" + enc("2026-02-27T10:00+08:00") + "&name=" + enc("林小姐") + "&mobile=123");
		assertThat(refused.statusCode()).isEqualTo(400);
		String choices = switchedTo(refused, "en");
		assertThat(choices).isEqualTo("/public/appointments?orgUnit=" + branch.unit()
				+ "&service=ACCOUNT_OPENING&date=2026-02-27&lang=en");
		assertThat(get(choices).body()).contains("value=\"2026-02-27T10:00+08:00\"");
		var codeStep = post("/public/appointments/code", "orgUnit=" + branch.unit()
				+ "&service=ACCOUNT_OPENING&date=2026-02-27&start=" + enc("2026-02-27T10:00+08:00") + "&name=" + enc("林小姐")
				+ "&mobile=" + mobile);
		Matcher token = TOKEN.matcher(codeStep.body());
		assertThat(token.find()).isTrue();
		assertThat(codeStep.body()).contains("action=\"/public/appointments/code/view\"").doesNotContain("href=\"?");

		// the code's step switched: the same step in English, the same token, no second SMS
		var inEnglish = post("/public/appointments/code/view", "token=" + token.group(1) + "&lang=en");
		assertThat(inEnglish.statusCode()).isEqualTo(200);
		assertThat(inEnglish.body()).contains("We have sent a six-digit code", "value=\"" + token.group(1) + "\"");
		assertThat(jdbc.sql("select count(*) from notification_outbox where template = 'appointment-code' and recipient_hash = ?")
			.param(pii.searchHash(mobile)).query(Long.class).single()).isEqualTo(1);
		var unknown = post("/public/appointments/code/view", "token=no-such-token&lang=en");
		assertThat(unknown.statusCode()).isEqualTo(410);
		assertThat(unknown.body()).contains("id=\"booking-gone\"");
		assertThat(switchedTo(unknown, "zh")).isEqualTo("/public/appointments?lang=zh-CN");

		// booked: the switch shows the booking on its private page
		String code = org.clientcare.notification.internal.Outbox.openSecrets(jdbc.sql("select secrets_enc from notification_outbox "
				+ "where template = 'appointment-code' and recipient_hash = ? order by id desc limit 1")
			.param(pii.searchHash(mobile)).query(byte[].class).single(), pii).get("code");
		var booked = post("/public/appointments/confirm", "token=" + token.group(1) + "&code=" + code);
		Matcher manage = MANAGE.matcher(booked.body());
		assertThat(manage.find()).isTrue();
		String switched = switchedTo(booked, "zh");
		assertThat(switched).isEqualTo(manage.group(1) + "?lang=zh-CN");
		var managePage = get(switched);
		assertThat(managePage.statusCode()).isEqualTo(200);
		assertThat(managePage.body()).contains("我的预约", "id=\"cancel\"");

		// cancelled through the link: the switch shows the private page again, which the form's address does not
		var cancelled = post(manage.group(1) + "/cancel", "");
		assertThat(cancelled.body()).contains("id=\"cancelled\"");
		var again = get(switchedTo(cancelled, "en"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Your appointment").doesNotContain("id=\"cancel\"");
	}

	/** Where the page's language switch leads to the language ({@code zh} or {@code en}). */
	static String switchedTo(HttpResponse<String> page, String language) {
		Matcher link = Pattern.compile("href=\"([^\"]*)\" id=\"lang-" + language + "\"").matcher(page.body());
		assertThat(link.find()).as(page.body()).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	@Test
	void thePublicPageOffersOnlyTheBranchesWhereAnAdvisorTakesAppointments() throws Exception {
		Reception staffed = Reception.open(api, 1, "OTHER");
		Reception unstaffed = Reception.open(api, 0);

		String page = get("/public/appointments").body();

		assertThat(page).contains("value=\"" + staffed.unit() + "\"").doesNotContain("value=\"" + unstaffed.unit() + "\"");
	}

	@Test
	void aNumberGetsAtMostFiveCodesAnHour() throws Exception {
		Reception branch = Reception.open(api, 1, "OTHER");
		clock.fixAt(AppointmentBookingTest.shanghai("2026-02-25T10:00"));
		String mobile = TestCustomers.mobile();
		get("/public/appointments?orgUnit=" + branch.unit() + "&service=OTHER&date=2026-02-27");
		int[] statuses = new int[6];
		for (int i = 0; i < 6; i++) {
			statuses[i] = post("/public/appointments/code", "orgUnit=" + branch.unit() + "&service=OTHER&start="
					+ enc("2026-02-27T09:00+08:00") + "&name=" + enc("何先生") + "&mobile=" + mobile).statusCode();
		}
		assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
		var notASlot = post("/public/appointments/code", "orgUnit=" + branch.unit() + "&service=OTHER&start="
				+ enc("2026-02-27T09:10+08:00") + "&name=" + enc("何先生") + "&mobile=" + TestCustomers.mobile());
		assertThat(notASlot.statusCode()).isEqualTo(400);
	}

	HttpResponse<String> get(String path) throws Exception {
		return visitor.get(path);
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		return visitor.post(path, form);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
