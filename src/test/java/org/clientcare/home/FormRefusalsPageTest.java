package org.clientcare.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form the server refuses says what to correct in the page's language and keeps what the user typed: the new
 * event, the new campaign, the new inquiry and the new visit.
 */
@IntegrationTest
class FormRefusalsPageTest {

	@LocalServerPort
	int port;

	@Test
	void anEventWithNoSeatsAndAnUnknownUnitIsRefusedInChineseWithItsTitleKeptAndOffersTheManagersUnitsByName() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String page = post(manager, "/care/events?lang=zh-CN", "/care/events", "title=" + encode("养老讲座")
				+ "&kind=LECTURE&startsAt=2099-01-05T14:00&location=" + encode("三楼大厅") + "&capacity=0&orgUnit=NOPE");

		assertThat(page).contains("名额至少为 1 个。", "请选择您所辖的机构。", "value=\"养老讲座\"", "value=\"三楼大厅\"",
				"<option value=\"SH-PD\">浦东支行</option>").doesNotContain("Invalid", "<option value=\"HQ\"");
	}

	@Test
	void aCampaignWithoutAMessageIsRefusedSayingSoInEnglish() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String page = post(manager, "/care/campaigns/new?lang=en", "/care/campaigns",
				"name=Year+end&purpose=SERVICE&channel=SMS&tiers=GOLD&textZh=&textEn=");

		assertThat(page).contains("Write the message in Chinese or English (up to 1,000 characters each).",
				"value=\"Year end\"").doesNotContain("Invalid template");
	}

	@Test
	void anInquiryWithABadContactNamesTheFieldAndWhatItNeedsInChinese() throws Exception {
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String page = post(agent, "/inquiries/new?lang=zh-CN", "/inquiries",
				"name=" + encode("李女士") + "&contact=abc&channel=HOTLINE&question=" + encode("周六营业吗？"));

		assertThat(page).contains("请填写中国大陆手机号或电子邮箱").doesNotContain("A mainland mobile number");
	}

	@Test
	void aVisitForACustomerNotServedIsRefusedInChineseWithWhatWasWrittenKept() throws Exception {
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String page = post(manager, "/visits/new?lang=zh-CN", "/visits", "customerId=999999999&kind=ROUTINE&method=PHONE"
				+ "&occurredAt=2020-01-05T10:00&purpose=" + encode("季度问候") + "&summary=" + encode("客户一切安好"));

		assertThat(page).contains("您服务的客户中没有这个客户编号。", "value=\"季度问候\"", ">客户一切安好</textarea>")
			.doesNotContain("not found");
	}

	private String post(HttpClient browser, String formPage, String action, String form) throws Exception {
		var answer = SignedInPages.submit(browser, port, formPage, action, form);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
