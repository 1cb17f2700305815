package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff do the real task through the pages, and the customer goes the customer's way: on the demo phone they type
 * their own mobile number, find the message, open its single-use link and answer; staff then see the answer. An
 * account manager sends the satisfaction questionnaire of a revisit of the demo, a branch manager invites a customer
 * to an event, an agent resolves a complaint filed on a phone — in Chinese and in English.
 */
@DemoTest
class DemoPhoneJourneyBrowserTest extends Journeys {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Api api;

	@Test
	void anAccountManagerSendsTheSatisfactionQuestionnaireAndTheCustomerAnswersItFromTheDemoPhone() {
		Page manager = signIn("zhang.rm");
		manager.navigate(url("/revisits?view=open"));
		var row = manager.locator("#worklist tbody tr", new Page.LocatorOptions()
			.setHas(manager.locator("form.inline button"))).first();
		String revisit = row.getAttribute("id");
		long customer = Long.parseLong(row.locator("a[href^='/customers/']").first().getAttribute("href")
			.replace("/customers/", ""));
		row.locator("form.inline button").click();
		assertThat(manager.locator("#" + revisit)).containsText("问卷已发送。");
		check(manager, "revisit-questionnaire-sent");

		Page phone = openOnDemoPhone("zh-CN", addressOf(customer), "服务满意度回访问卷", "demo-phone-revisit-questionnaire");
		assertThat(phone.locator("#questionnaire")).hasAttribute("data-state", "OPEN");
		check(phone, "public-revisit-questionnaire");
		String suggestion = "希望周末也能预约理财咨询" + ThreadLocalRandom.current().nextInt(1000, 9999);
		phone.check("input[name=satisfaction][value='5']");
		phone.fill("textarea[name=suggestions]", suggestion);
		phone.click("#questionnaire button[type=submit]");
		assertThat(phone.locator("#questionnaire")).hasAttribute("data-state", "ANSWERED");
		assertThat(phone.locator("#questionnaire .alert.ok")).isVisible();
		check(phone, "public-revisit-questionnaire-thanks");

		manager.navigate(url("/customers/" + customer));
		assertThat(manager.locator("#revisits")).containsText(suggestion);
		assertThat(manager.locator("#revisits li", new Page.LocatorOptions().setHasText(suggestion)))
			.containsText("满意度 5/5");
		assertThat(manager.content()).doesNotContain("/public/revisits/");
		check(manager, "revisit-answered-by-customer");
		Page english = signIn("zhang.rm", "en");
		english.navigate(url("/customers/" + customer));
		assertThat(english.locator("#revisits li", new Page.LocatorOptions().setHasText(suggestion)))
			.containsText("Satisfaction 5/5");
		check(english, "revisit-answered-by-customer-en");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	@Test
	void aBranchManagerInvitesACustomerToAnEventAndTheCustomerAnswersFromTheDemoPhoneInEnglish() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		var created = api.as("zhang.rm").post("/api/v1/customers", registration);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long customer = created.body().get("id").asLong();
		var consent = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents",
				Api.json("purpose", "MARKETING", "granted", true, "channel", "BRANCH"));
		assertThat(consent.status()).as(consent.text()).isLessThan(300);
		String title = "新春理财讲座" + ThreadLocalRandom.current().nextInt(1000, 9999);

		Page manager = signIn("zhao.manager");
		manager.navigate(url("/care/events"));
		manager.fill("#event-title", title);
		manager.selectOption("#event-kind", "LECTURE");
		manager.fill("#event-starts", LocalDate.now(SHANGHAI).plusDays(9) + "T14:30");
		manager.fill("#event-location", "浦东支行三楼");
		manager.fill("#event-capacity", "20");
		manager.selectOption("#event-org-unit", new SelectOption().setLabel("浦东支行"));
		manager.click("#create-event");
		manager.waitForURL(address -> address.matches(".*/care/events/\\d+$"));
		manager.fill("#invite-ids", String.valueOf(customer));
		manager.click("#invite");
		var invitation = manager.locator("#invitations tr", new Page.LocatorOptions()
			.setHas(manager.locator("a[href='/customers/" + customer + "']")));
		assertThat(invitation).containsText("未回复");
		check(manager, "care-event-invited");

		Page phone = openOnDemoPhone("en", (String) registration.get("phone"), title, "demo-phone-event-invitation-en");
		assertThat(phone.locator("#rsvp-status")).hasText("You have not answered yet.");
		check(phone, "care-rsvp-en");
		phone.click("#accept");
		assertThat(phone.locator("#rsvp-status")).hasText("You are coming: we look forward to seeing you.");
		check(phone, "care-rsvp-accepted-en");

		manager.reload();
		assertThat(invitation).containsText("参加");
		assertThat(manager.locator("#figure-accepted")).hasText("1");
		assertThat(manager.content()).doesNotContain("/public/events/rsvp/");
		check(manager, "care-event-answered-by-customer");
		Page english = signIn("zhao.manager", "en");
		english.navigate(manager.url());
		assertThat(english.locator("#invitations tr", new Page.LocatorOptions()
			.setHas(english.locator("a[href='/customers/" + customer + "']")))).containsText("coming");
		check(english, "care-event-answered-by-customer-en");
		assertNoStaffPageHeldTheCustomersLinks();
	}

	@Test
	void anAgentResolvesAComplaintFiledOnAPhoneAndTheComplainantRatesItFromTheDemoPhone() {
		String mobile = TestCustomers.mobile();
		Page filing = page("zh-CN", 390, 844);
		filing.navigate(url("/public/complaints"));
		filing.fill("#name", "孙八");
		filing.fill("#mobile", mobile);
		filing.selectOption("#category", "WEALTH_PRODUCT");
		filing.fill("#content", "理财产品赎回款到账晚了三天");
		filing.click("#file");
		String complaintNo = filing.locator("#complaint-no").textContent().strip();

		Page desk = signIn("wang.agent");
		desk.navigate(url("/complaints?status=RECEIVED"));
		desk.click("text=" + complaintNo);
		desk.click("#acknowledge");
		assertThat(desk.locator("#complaint-status")).hasText("已确认");
		desk.fill("#resolution", "已核实延迟原因并补偿三天收益");
		desk.click("#resolve");
		assertThat(desk.locator("#complaint-status")).hasText("已办结");
		assertThat(desk.locator("ol.timeline")).containsText("已向投诉人发送评价链接");
		String complaintPage = desk.url();

		Page phone = openOnDemoPhone("zh-CN", mobile, "已处理完毕", "demo-phone-complaint-resolved");
		assertThat(phone.locator("#feedback-complaint-no")).hasText(complaintNo);
		assertThat(phone.locator("#feedback-resolution")).containsText("补偿三天收益");
		check(phone, "public-complaint-feedback-from-demo-phone");
		phone.check("#accept-yes");
		phone.check("#score-4");
		phone.fill("#feedback-comment", "补偿合理");
		phone.click("#send-feedback");
		assertThat(phone.locator("#feedback-outcome")).containsText("已关闭");
		check(phone, "public-complaint-feedback-from-demo-phone-thanks");

		desk.navigate(complaintPage);
		assertThat(desk.locator("#complaint-status")).hasText("已关闭");
		assertThat(desk.locator("#complaint-satisfaction")).hasText("4 / 5");
		assertThat(desk.locator("#complaint-feedback-comment")).hasText("补偿合理");
		assertThat(desk.content()).doesNotContain("/public/complaints/feedback");
		check(desk, "complaint-rated-from-demo-phone");
		Page english = signIn("wang.agent", "en");
		english.navigate(complaintPage);
		assertThat(english.locator("#complaint-status")).hasText("Closed");
		check(english, "complaint-rated-from-demo-phone-en");
		assertNoStaffPageHeldTheCustomersLinks();
	}
}
