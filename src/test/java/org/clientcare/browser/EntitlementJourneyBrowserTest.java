package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Entitlements in headless Chromium: a customer the figures make DIAMOND shows its entitlements on the 360 page; the
 * account manager records a lounge visit and the health checks of the year, the one beyond the quota with a reason;
 * the branch manager approves it on the approvals page, and the 360 page counts it.
 */
@DemoTest
class EntitlementJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void eachServiceReadsOnOneLineInTheChineseCardOnALaptopScreen() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", Api.json("asOf",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "aum", "7000000.00"));
		await().until(() -> api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlements").body().size(),
				size -> size > 0);
		Page page = signIn("zhang.rm", 1280, 900);
		page.navigate(url("/customers/" + customer));

		Object wrapped = page.evaluate("""
				() => [...document.querySelectorAll('#entitlements td.service')].filter(td => {
				  const text = document.createRange();
				  text.selectNodeContents(td);
				  return new Set([...text.getClientRects()].map(line => Math.round(line.top))).size > 1;
				}).map(td => td.closest('tr').dataset.code + ': ' + td.textContent)""");
		org.assertj.core.api.Assertions.assertThat((java.util.List<?>) wrapped)
			.as("services broken over lines (贵宾服务台 / 优先办理)")
			.isEmpty();
		org.assertj.core.api.Assertions.assertThat(page.locator("#entitlements td.service").count())
			.as("the services of the card").isPositive();
		check(page, "entitlements-laptop");
	}

	@Test
	void aManagerRecordsUsesAndOneBeyondTheQuotaCountsOnceTheBranchManagerApprovesIt() {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		long customer = created.body().get("id").asLong();
		String customerNo = created.body().get("customerNo").asString();
		api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", Api.json("asOf",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "aum", "7000000.00"));
		await().until(() -> api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlements").body().size(),
				size -> size > 0);

		Page rm = signIn("zhang.rm", 1280, 900);
		rm.navigate(url("/customers/" + customer));
		Locator unlimited = rm.locator("#entitlements tr[data-code=PRIORITY_SERVICE] td.quota");
		assertThat(unlimited).hasText("不限");
		assertThat(((Number) unlimited.evaluate("cell => { const r = document.createRange(); r.selectNodeContents(cell); "
				+ "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }")).intValue())
			.as("不限 on one line").isEqualTo(1);
		assertThat(((Number) rm.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
			.intValue()).as("no sideways scrolling at 1280 pixels").isLessThanOrEqualTo(0);
		Locator lounge = rm.locator("#entitlements tr[data-code=AIRPORT_LOUNGE]");
		assertThat(lounge).containsText("机场贵宾厅");
		assertThat(lounge.locator(".remaining")).hasText("12");
		lounge.locator("input[name=note]").fill("虹桥机场 T2");
		lounge.locator("button.use").click();
		assertThat(rm.locator("#entitlements .alert.info")).containsText("已登记");
		assertThat(rm.locator("#entitlements tr[data-code=AIRPORT_LOUNGE] .remaining")).hasText("11");

		for (int i = 0; i < 2; i++) {
			rm.locator("#entitlements tr[data-code=HEALTH_CHECK] button.use").click();
			assertThat(rm.locator("#entitlements .alert.info")).containsText("已登记");
		}
		Locator check = rm.locator("#entitlements tr[data-code=HEALTH_CHECK]");
		assertThat(check.locator(".remaining")).hasText("0");
		assertThat(check.locator("button.use")).hasText("申请超额使用");
		check.locator("input[name=note]").fill("术后复查需要加检");
		check.locator("button.use").click();
		assertThat(rm.locator("#entitlements .alert.info")).containsText("等待审批");
		assertThat(rm.locator("#entitlements tr[data-code=HEALTH_CHECK]")).containsText("1 次待审批");
		assertThat(problems).isEmpty();
		assertThat(rm.innerText("body")).doesNotContain("??", "PENDING_APPROVAL", "AIRPORT_LOUNGE", "HEALTH_CHECK");

		Page manager = signIn("zhao.manager");
		manager.navigate(url("/approvals"));
		Locator row = manager.locator("tr", new Page.LocatorOptions().setHasText(customerNo));
		assertThat(row).containsText("健康体检");
		row.locator("button.primary").click();
		assertThat(manager.locator(".alert.info")).isVisible();
		manager.navigate(url("/customers/" + customer));
		Locator approved = manager.locator("#entitlements tr[data-code=HEALTH_CHECK]");
		assertThat(approved).not().containsText("待审批");
		assertThat(approved.locator("td").nth(2)).containsText("3");
		assertThat(manager.locator("#entitlements .uses")).containsText("已登记");
		assertThat(problems).isEmpty();
		assertThat(manager.innerText("body")).doesNotContain("??", "RECORDED", "entitlement.overuse");
	}
}
