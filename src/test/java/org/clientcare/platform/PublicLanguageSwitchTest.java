package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page offers the language switch, and switching shows the same page: a status looked up by number and
 * mobile keeps both (in the address where they came in the address, in a form's body where they came in one), and a
 * page reached by a private link switches relative to its own address, writing no token into the page.
 */
@IntegrationTest
class PublicLanguageSwitchTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	final HttpClient browser = SignedInPages.visitor();

	@Test
	void aComplaintsReceiptSwitchesToItsStatusInTheOtherLanguageWithTheMobileOnlyInTheFormsBody() throws Exception {
		String mobile = TestCustomers.mobile();
		String receipt = post("/public/complaints", "name=" + enc("赵六") + "&mobile=" + mobile
				+ "&category=BANK_CARD&content=" + enc("银行卡被盗刷"), "/public/complaints?lang=zh-CN");
		Matcher number = Pattern.compile("id=\"complaint-no\">(TS\\d+)<").matcher(receipt);
		assertThat(number.find()).as(receipt).isTrue();
		assertThat(receipt).contains("id=\"lang-en\"", "action=\"/public/complaints/status\"",
				"name=\"mobile\" value=\"" + mobile + "\"");

		String english = post("/public/complaints/status", "no=" + number.group(1) + "&mobile=" + mobile + "&lang=en",
				null);
		String chinese = get("/public/complaints/status?no=" + number.group(1) + "&mobile=" + mobile + "&lang=zh-CN");

		assertThat(english).contains("lang=\"en\"", number.group(1), "Received", "name=\"mobile\" value=\"" + mobile + "\"");
		assertThat(chinese).contains(number.group(1), "已登记",
				"href=\"?no=" + number.group(1) + "&amp;mobile=" + mobile + "&amp;lang=en\"");
	}

	@Test
	void anInquirysReceiptAndStatusSwitchLanguageKeepingTheSameInquiry() throws Exception {
		String mobile = TestCustomers.mobile();
		String receipt = post("/public/assistant/inquiry", "name=" + enc("钱七") + "&mobile=" + mobile + "&question="
				+ enc("定期存款可以提前支取吗"), "/public/assistant/inquiry?lang=zh-CN");
		Matcher number = Pattern.compile("id=\"inquiry-no\">([A-Z]+\\d+)<").matcher(receipt);
		assertThat(number.find()).as(receipt).isTrue();
		assertThat(receipt).contains("action=\"/public/assistant/inquiry/status\"", "value=\"en\"");

		String english = post("/public/assistant/inquiry/status", "no=" + number.group(1) + "&mobile=" + mobile
				+ "&lang=en", null);
		String chinese = get("/public/assistant/inquiry/status?no=" + number.group(1) + "&mobile=" + mobile
				+ "&lang=zh-CN");

		assertThat(english).contains("lang=\"en\"", number.group(1), "id=\"lang-zh\"");
		assertThat(chinese).contains(number.group(1),
				"href=\"?no=" + number.group(1) + "&amp;mobile=" + mobile + "&amp;lang=en\"");
	}

	@Test
	void aCaseFollowedOnThePublicPageSwitchesBySendingTheLookUpAgain() throws Exception {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		String mobile = (String) registration.get("phone");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		String caseNo = api.as("wang.agent").post("/api/v1/cases", Api.json("customerId", customer, "type",
				"INSURANCE_CLAIM", "title", "意外医疗理赔")).body().get("caseNo").asString();

		String chinese = post("/public/cases", "no=" + caseNo + "&mobile=" + mobile, "/public/cases?lang=zh-CN");
		String english = post("/public/cases", "no=" + caseNo + "&mobile=" + mobile + "&lang=en", null);

		assertThat(chinese).contains("id=\"progress\"", "action=\"/public/cases\"", "value=\"en\"",
				"name=\"mobile\" value=\"" + mobile + "\"");
		assertThat(english).contains("lang=\"en\"", "id=\"progress\"", caseNo);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/public/events/rsvp/", "/public/unsubscribe/", "/public/risk-questionnaire/" })
	void aLinkNoLongerValidOffersTheSwitchRelativeToItsOwnAddressAndWritesNoTokenIntoThePage(String path)
			throws Exception {
		String token = "no-such-link-7Hi9J";
		var english = browser.send(HttpRequest.newBuilder(uri(path + token + "?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(english.statusCode()).isEqualTo(410);
		assertThat(english.body()).contains("lang=\"en\"", "id=\"lang-zh\"", "href=\"?lang=zh-CN\"")
			.doesNotContain(token);
	}

	private String get(String path) throws Exception {
		var response = SignedInPages.get(browser, port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Sends a form with the CSRF token of the page given (or of the last page read). */
	private String post(String path, String form, String formPage) throws Exception {
		if (formPage != null || csrf == null) {
			csrf = SignedInPages.csrf(get(formPage == null ? "/public/complaints" : formPage));
		}
		var response = SignedInPages.post(browser, port, path, form, csrf);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private String csrf;

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
