package org.clientcare.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The segment builder offers the org units, account managers and products to choose by name, within the maker's
 * reach, and keeps what was chosen when the campaign is refused.
 */
@IntegrationTest
class CampaignBuilderPageTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void theBranchManagerChoosesTheBranchsUnitsItsAccountManagersAndTheProductsByNameInEnglish() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String page = get(manager, "/care/campaigns/new?lang=en");

		assertThat(page).contains("<option value=\"SH\">Shanghai branch</option>",
				"<option value=\"SH-PD\">Pudong sub-branch</option>", "<option value=\"SH-XH\">Xuhui sub-branch</option>",
				"<option value=\"zhang.rm\">张伟 · Pudong sub-branch</option>",
				"<option value=\"li.rm\">李娜 · Xuhui sub-branch</option>",
				"<option value=\"P-R2\">Steady wealth 30 days</option>")
			.doesNotContain("<option value=\"HQ\"", "<option value=\"CSD\"", "(codes", "comma-separated");
	}

	@Test
	void theChosenUnitsManagersAndProductsNarrowTheLiveCount() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String everyone = post(manager, "/care/campaigns/new?lang=zh-CN", "/care/campaigns/preview",
				"purpose=SERVICE&channel=SMS");
		String narrowed = post(manager, "/care/campaigns/new?lang=zh-CN", "/care/campaigns/preview",
				"purpose=SERVICE&channel=SMS&orgUnits=SH-XH&managers=zhang.rm&productCodes=P-R5");

		assertThat(everyone).contains("id=\"audience-count\"").doesNotContain("alert error");
		assertThat(narrowed).contains("<span id=\"audience-count\">0</span>").doesNotContain("alert error");
	}

	@Test
	void aDraftNamingAProductNoLongerKnownIsRefusedInChineseWithTheChosenUnitAndManagerStillChosen() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String page = post(manager, "/care/campaigns/new?lang=zh-CN", "/care/campaigns",
				"name=" + encode("年末答谢") + "&purpose=SERVICE&channel=SMS&orgUnits=SH-PD&managers=zhang.rm"
						+ "&productCodes=GONE&textZh=" + encode("您好"));

		assertThat(page).contains("所选产品中有无法识别的产品。", "value=\"年末答谢\"",
				"<option value=\"SH-PD\" selected=\"selected\">浦东支行</option>",
				"<option value=\"zhang.rm\" selected=\"selected\">张伟 · 浦东支行</option>")
			.doesNotContain("Unknown value");
	}

	@Test
	void thePreviewListsWhoIsLeftOutAndWhyInChineseAndEnglishAndNarrowsToOneReason() throws Exception {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String maker = staff.user("BRANCH_MANAGER", unit);
		long withoutConsent = staff.customer(unit, null);
		long optedOut = staff.customer(unit, null);
		api.as("admin").post("/api/v1/customers/" + optedOut + "/consents",
				Api.json("purpose", "MARKETING", "granted", true, "channel", "BRANCH"));
		api.as("admin").put("/api/v1/customers/" + optedOut + "/care",
				Api.json("language", "zh-CN", "channel", "SMS", "optedOut", List.of("SMS")));
		String noConsentNo = api.as("admin").get("/api/v1/customers/" + withoutConsent).body().get("customerNo").asString();
		String optedOutNo = api.as("admin").get("/api/v1/customers/" + optedOut).body().get("customerNo").asString();
		HttpClient browser = SignedInPages.as(maker, TestStaff.PASSWORD, port);
		String segment = "purpose=MARKETING&channel=SMS&orgUnits=" + unit;

		String chinese = post(browser, "/care/campaigns/new?lang=zh-CN", "/care/campaigns/preview", segment);
		String english = post(browser, "/care/campaigns/new?lang=en", "/care/campaigns/preview", segment);
		String onlyOptedOut = post(browser, "/care/campaigns/new?lang=en", "/care/campaigns/preview",
				segment + "&excludedReason=optedOut");

		assertThat(chinese).contains("被排除的客户及原因", noConsentNo, optedOutNo, "<td>无营销授权</td>",
				"<td>已退订该渠道</td>").doesNotContain("noConsent</td>", "alert error");
		assertThat(english).contains(noConsentNo, optedOutNo, "<td>No marketing consent</td>",
				"<td>Opted out of the channel</td>");
		assertThat(onlyOptedOut).contains(optedOutNo, "<td>Opted out of the channel</td>",
				"<option value=\"optedOut\" selected=\"selected\">Opted out of the channel</option>")
			.doesNotContain(noConsentNo, "<td>No marketing consent</td>");
	}

	private String get(HttpClient browser, String path) throws Exception {
		var answer = send(browser, HttpRequest.newBuilder(uri(path)).build());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private String post(HttpClient browser, String formPage, String action, String form) throws Exception {
		var answer = SignedInPages.post(browser, port, action, form, SignedInPages.csrf(get(browser, formPage)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
