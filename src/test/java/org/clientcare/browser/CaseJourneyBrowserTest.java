package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cases in headless Chromium: an agent reports a claim from the customer's 360 page, asks for the documents once,
 * ticks them off and moves the claim through review to payment while the customer follows it on the public page; a
 * branch manager reads the aging report, overdue first, and exports it; an administrator changes a stage's limit as a
 * new template version.
 */
@DemoTest
class CaseJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void aClaimGoesFromReportThroughReviewToPaymentAndTheCustomerFollowsItOnThePublicPage() throws Exception {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();

		Page desk = signIn("wang.agent");
		desk.navigate(url("/customers/" + customer));
		desk.locator("#cases a:has-text('新建业务')").click();
		desk.selectOption("#type", "INSURANCE_CLAIM");
		desk.fill("#title", "住院医疗费用理赔");
		desk.fill("#amount", "12800.50");
		desk.click("#open-case");
		assertThat(desk.locator("#case-stage")).containsText("报案");
		assertThat(desk.locator("#case-status")).hasText("办理中");
		String caseNo = desk.locator("#case-no").textContent().strip();

		desk.fill("#documents", "住院病历\n费用发票");
		desk.click("#ask-documents");
		assertThat(desk.locator("#checklist")).containsText("费用发票");
		assertThat(desk.locator("#ask-documents")).hasCount(0);
		desk.fill("#note", "报案信息已核实");
		desk.click("#advance");
		assertThat(desk.locator("#case-stage")).containsText("材料收集");
		desk.locator("#checklist button").first().click();
		desk.locator("#checklist button").first().click();
		assertThat(desk.locator("#checklist button")).hasCount(0);
		desk.click("#advance");
		assertThat(desk.locator("#case-stage")).containsText("审核");
		desk.fill("#note", "核定赔付");
		desk.click("#advance");
		assertThat(desk.locator("#case-stage")).containsText("理算");
		assertThat(desk.locator("#history tbody tr")).hasCount(4);
		assertThat(desk.locator("#history")).containsText("核定赔付");
		desk.navigate(url("/customers/" + customer));
		assertThat(desk.locator("#cases")).containsText(caseNo);
		assertThat(problems).isEmpty();
		assertThat(desk.innerText("body")).doesNotContain("??", "INSURANCE_CLAIM");

		Page phone = page("zh-CN", 390, 844);
		phone.navigate(url("/public/cases"));
		phone.fill("#no", caseNo);
		phone.fill("#mobile", (String) registration.get("phone"));
		phone.click("#track");
		assertThat(phone.locator("#progress")).containsText("已完成");
		assertThat(phone.locator("#progress-now")).hasText("已核定赔付，正在支付赔款");
		Files.createDirectories(SCREENSHOTS);
		phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-case-progress.png")).setFullPage(true));
		phone.fill("#no", caseNo);
		phone.fill("#mobile", "13900000000");
		phone.click("#track");
		assertThat(phone.locator("#progress")).hasCount(0);
		assertThat(phone.locator(".alert.error")).isVisible();

		desk.navigate(url("/cases/" + api.as("wang.agent").get("/api/v1/cases?customerId=" + customer).body()
			.get("content").get(0).get("id").asLong()));
		desk.click("#advance");
		desk.click("#advance");
		assertThat(desk.locator("#case-status")).hasText("已办结");
		assertThat(problems).isEmpty();
	}

	@Test
	void aBranchManagerReadsTheAgingReportOverdueFirstAndExportsItToExcel() {
		Page manager = signIn("zhao.manager");
		manager.navigate(url("/cases"));
		assertThat(manager.locator("#cases tbody tr").first()).isVisible();
		manager.click("#aging");
		assertThat(manager.locator("#aging-groups tbody tr").first()).isVisible();
		assertThat(manager.locator("#aging-cases tbody tr").first()).containsText("逾期");
		Download download = manager.waitForDownload(() -> manager.click("#aging-export"));
		assertThat(download.suggestedFilename()).isEqualTo("case-aging.xlsx");
		assertThat(problems).isEmpty();
		assertThat(manager.innerText("body")).doesNotContain("??", "INSURANCE_CLAIM", "WORKING_DAYS");
	}

	@Test
	void anAdministratorLengthensAStageAsANewTemplateVersionInEnglish() {
		Page admin = signIn("admin", "en-US");
		admin.navigate(url("/case-types"));
		assertThat(admin.locator("#type-OTHER h2")).containsText("version");
		String before = admin.locator("#type-OTHER h2").textContent();
		admin.fill("#limit-OTHER-HANDLING", "12");
		admin.click("#publish-OTHER");
		assertThat(admin.locator(".alert")).containsText("new version");
		assertThat(admin.locator("#type-OTHER h2")).not().hasText(before);
		assertThat(admin.locator("#limit-OTHER-HANDLING")).hasValue("12");
		assertThat(problems).isEmpty();
		assertThat(admin.innerText("body")).doesNotContain("??", "CALENDAR_DAYS", "WORKING_DAYS");
	}
}
