package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Personal information rights in headless Chromium: compliance registers a customer's access request, downloads the
 * export from the request and answers it; a deletion request, once answered, leaves the customer restricted on its
 * 360 page, in the customer list, on its complaints, its case and its inquiry, and in the audit trail and the approvals
 * of modules that know no customer code; compliance reads the on-time rate of the requests on its page and on the KPI
 * dashboard; a correction changes the customer's data and a consent withdrawal withdraws the consent; the
 * administrator keeps marketing data 3 years but not identity data less than 10; the administrator runs the PII key
 * rotation and sees it finished.
 */
@DemoTest
class PrivacyJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	long customer(java.util.Map<String, Object> registration) {
		return api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
	}

	void register(Page page, long customer, String kind) {
		page.navigate(url("/privacy"));
		page.fill("#request-customer", Long.toString(customer));
		page.selectOption("#request-kind", kind);
		page.selectOption("#request-channel", "BRANCH");
		page.fill("#request-details", "客户到网点书面申请");
		page.click("#register");
		assertThat(page.locator("#request-no")).containsText("DSR");
	}

	@Test
	void complianceHandlesAnAccessRequestAndDownloadsTheExport() throws IOException {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = customer(registration);
		Page compliance = signIn("chen.compliance");

		register(compliance, customer, "ACCESS");
		assertThat(compliance.locator("#request-status")).hasText("待答复");
		check(compliance, "privacy-access-request");
		Download download = compliance.waitForDownload(() -> compliance.click("#download-export"));
		String export = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(export).contains((String) registration.get("idNumber"), "\"complaints\"", "\"revisits\"");
		compliance.fill("#answer-text", "已向客户提供个人信息副本");
		compliance.click("#answer");

		assertThat(compliance.locator("#request-status")).hasText("已答复");
		assertThat(compliance.locator("#request-outcome")).hasText("已办理");
		check(compliance, "privacy-access-answered");
		compliance.navigate(url("/privacy"));
		check(compliance, "privacy-list");
	}

	@Test
	void aDeletionRequestEndsWithTheCustomerRestricted() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = customer(registration);
		var earlier = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer, "complainantName",
				registration.get("name"), "contact", registration.get("phone"), "channel", "HOTLINE", "category", "FEES",
				"content", "年费扣收有异议"));
		long earlierComplaint = earlier.body().get("id").asLong();
		long extension = api.as("admin").post("/api/v1/complaints/" + earlierComplaint + "/extend",
				Api.json("days", 30, "reason", "需调取外部机构材料")).body().get("id").asLong();
		Page compliance = signIn("chen.compliance");

		register(compliance, customer, "DELETION");
		compliance.fill("#answer-text", "依法须保存至业务关系结束后10年，期间限制处理");
		compliance.click("#answer");

		assertThat(compliance.locator("#request-outcome")).hasText("客户已限制处理");
		compliance.click("#request-customer-link");
		assertThat(compliance.locator("#restricted")).hasText("受限");
		check(compliance, "privacy-restricted-customer");
		Page manager = signIn("zhang.rm");
		manager.navigate(url("/customers?query=" + registration.get("name")));
		assertThat(manager.locator("table .badge.restricted").first()).hasText("受限");
		check(manager, "privacy-restricted-list");
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer, "complainantName",
				registration.get("name"), "contact", registration.get("phone"), "channel", "HOTLINE", "category", "FEES",
				"content", "对收费有疑问"));
		manager.navigate(url("/complaints/" + complaint.body().get("id").asLong()));
		assertThat(manager.locator("#customer-restricted")).hasText("受限");
		long opened = api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "OTHER", "title",
				"资料补交")).body().get("id").asLong();
		manager.navigate(url("/cases/" + opened));
		assertThat(manager.locator("#customer-restricted")).hasText("受限");
		long inquiry = api.as("zhang.rm").post("/api/v1/inquiries", Api.json("customerId", customer, "name",
				registration.get("name"), "contact", registration.get("phone"), "channel", "BRANCH", "question",
				"我的资料什么时候删除？")).body().get("id").asLong();
		manager.navigate(url("/inquiries/" + inquiry));
		assertThat(manager.locator("#customer-restricted")).hasText("受限");
		check(manager, "privacy-restricted-inquiry");

		// the modules that know no customer code badge it too, from the view the customer module publishes
		// the trail reads in words: chosen by the entity's type, the action, entity and change shown by their labels
		compliance.navigate(url("/audit"));
		compliance.selectOption("select[name=entityType]", "customer");
		compliance.fill("input[name=entityId]", Long.toString(customer));
		compliance.click("form.search button[type=submit]");
		compliance.waitForURL(address -> address.contains("entityId=" + customer));
		var restrictedEntry = compliance.locator("tr", new Page.LocatorOptions().setHasText("客户数据限制处理"));
		assertThat(restrictedEntry.locator("a[href*='entityType=customer']")).hasText("客户 " + customer);
		assertThat(restrictedEntry.locator("ul.fields")).hasText("限制处理: 否 → 是");
		// and exactly as recorded, collapsed until the auditor opens it
		assertThat(restrictedEntry.locator("details code").last()).not().isVisible();
		restrictedEntry.locator("details summary").click();
		assertThat(restrictedEntry.locator("details code").last()).hasText("{\"restricted\":true}");
		assertThat(restrictedEntry.locator(".badge.restricted")).hasText("受限");
		assertThat(restrictedEntry.locator(".badge.restricted")).hasAttribute("title",
				java.util.regex.Pattern.compile("限制处理"));
		check(compliance, "privacy-restricted-audit");
		compliance.navigate(url("/audit?entityType=complaint&entityId=" + earlierComplaint));
		assertThat(compliance.locator("table .badge.restricted").first()).hasText("受限");
		// compliance decides deadline extensions: the one asked for the customer's complaint waits for it
		compliance.navigate(url("/approvals"));
		var approval = compliance.locator("tr", new Page.LocatorOptions().setHas(compliance.locator("td.mono",
				new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^" + extension + "$")))));
		assertThat(approval.locator(".badge.restricted")).hasText("受限");
		check(compliance, "privacy-restricted-approval");
		manager.navigate(url("/complaints/" + earlierComplaint));
		assertThat(manager.locator("#customer-restricted")).hasText("受限");
	}

	@Test
	void complianceSeesTheOnTimeRateOnItsPageAndOnTheKpiDashboard() {
		long customer = customer(TestCustomers.individual("SH-PD", "zhang.rm"));
		Page compliance = signIn("chen.compliance");
		register(compliance, customer, "ACCESS");
		compliance.fill("#answer-text", "已向客户提供个人信息副本");
		compliance.click("#answer");
		assertThat(compliance.locator("#request-outcome")).hasText("已办理");

		compliance.navigate(url("/privacy"));
		compliance.selectOption("#privacy-figures-unit", "SH-PD");
		compliance.click("#privacy-figures-filters button[type=submit]");
		assertThat(compliance.locator("#privacy-figures h2")).hasText("个人信息权利请求按时答复率");
		assertThat(compliance.locator("#privacy-on-time-rate")).hasText(java.util.regex.Pattern.compile("%$"));
		assertThat(compliance.locator("#privacy-figures-scope")).containsText("浦东支行");
		check(compliance, "privacy-figures");
		compliance.navigate(url("/kpis?period=MONTH&orgUnit=SH-PD"));
		assertThat(compliance.locator("#privacy-on-time-rate")).hasText(java.util.regex.Pattern.compile("%$"));
		check(compliance, "kpi-privacy-figures");
	}

	@Test
	void theAdministratorKeepsMarketingDataThreeYearsButCannotKeepIdentityDataLessThanTenYears() {
		Page admin = signIn("admin");
		admin.navigate(url("/privacy/retention"));
		assertThat(admin.locator("#retention-identity")).containsText("反洗钱法");
		try {
			admin.fill("input[name='retention.marketing']", "3");
			admin.fill("#retention-reason", "个人信息最小化");
			admin.click("#retention-save");
			assertThat(admin.locator("#retention-saved")).isVisible();
			assertThat(admin.locator("#retention-marketing")).containsText("3年");
			check(admin, "privacy-retention-periods");

			admin.fill("input[name='retention.identity']", "9");
			admin.click("#retention-save");
			assertThat(admin.locator("#retention-error")).containsText("客户身份资料");
			assertThat(admin.locator("#retention-identity")).containsText("10年");
		}
		finally {
			api.as("admin").put("/api/v1/retention/settings", Api.json("marketing", "P10Y"));
		}
	}

	@Test
	void anAnsweredCorrectionChangesThePhoneOnThe360Page() {
		long customer = customer(TestCustomers.individual("SH-PD", "zhang.rm"));
		Page compliance = signIn("chen.compliance");

		register(compliance, customer, "CORRECTION");
		compliance.fill("#answer-text", "已按客户提供的材料更正手机号和地址");
		compliance.fill("#correct-phone", "13987654321");
		compliance.fill("#correct-address", "上海市静安区南京西路1266号");
		check(compliance, "privacy-correction");
		compliance.click("#answer");

		assertThat(compliance.locator("#request-outcome")).hasText("已办理");
		compliance.click("#request-customer-link");
		assertThat(compliance.locator("main")).containsText("139****4321");
	}

	@Test
	void anAnsweredConsentWithdrawalWithdrawsMarketing() {
		long customer = customer(TestCustomers.individual("SH-PD", "zhang.rm"));
		api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents", Api.json("purpose", "MARKETING", "granted", true,
				"channel", "BRANCH"));
		Page compliance = signIn("chen.compliance");

		register(compliance, customer, "CONSENT_WITHDRAWAL");
		compliance.fill("#answer-text", "已撤回营销同意");
		compliance.check("#withdraw-MARKETING");
		compliance.click("#answer");

		assertThat(compliance.locator("#request-outcome")).hasText("已办理");
		compliance.click("#request-customer-link");
		assertThat(compliance.locator("main")).containsText("个人信息权利请求");
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/consents").body().at("/content/0/granted")
			.asBoolean()).isFalse();
	}

	@Test
	void theAdministratorRunsTheKeyRotationAndSeesItFinished() {
		Page admin = signIn("admin");

		admin.navigate(url("/admin/key-rotation"));
		admin.click("#rotation-run");
		admin.navigate(url("/admin/key-rotation"));

		assertThat(admin.locator("#rotation-state")).hasText("已完成");
		assertThat(admin.locator("#rotation-customer")).isVisible();
		check(admin, "key-rotation");
	}
}
