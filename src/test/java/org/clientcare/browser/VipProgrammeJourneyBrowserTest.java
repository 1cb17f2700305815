package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The corporate VIP programme in headless Chromium: the branch manager proposes a corporate customer for next year's
 * list, head office ({@code sun.hq}) raises its level and submits the list, which is not in force while it waits and
 * which its maker cannot approve; the administrator approves it and the list is in force. A mid-year addition proposed
 * on the customer's 360 page makes it a VIP of this year once head office approves it.
 */
@DemoTest
class VipProgrammeJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void aBranchProposesHeadOfficeSubmitsAnotherHeadOfficePersonApprovesAndTheListIsInForce() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		int year = today.getYear() + 1;
		var body = TestCustomers.corporate("SH-PD");
		body.put("managerUsername", "zhang.rm");
		var created = api.as("admin").post("/api/v1/customers", body);
		long customer = created.body().get("id").asLong();
		String customerNo = created.body().get("customerNo").asString();
		api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", Api.json("asOf", today.toString(), "aum",
				"0", "avgDailyDeposits", "260000000.00", "annualContribution", "3500000.00"));

		Page branch = signIn("zhao.manager");
		branch.navigate(url("/vip-programme/" + year));
		assertThat(branch.locator("main")).containsText("本年度尚未开始");
		branch.fill(".vip-propose input[name=customerId]", Long.toString(customer));
		branch.selectOption(".vip-propose select[name=level]", "DIAMOND");
		branch.fill(".vip-propose input[name=reason]", "日均存款 2.6 亿元，居分行前列");
		branch.click(".vip-propose button[type=submit]");
		assertThat(branch.locator(".alert.info")).containsText("已推荐");
		assertThat(branch.locator(".programme-status")).hasText("草稿：分行推荐中");
		Locator proposed = branch.locator("#candidates tr[data-customer='" + customer + "']");
		assertThat(proposed).containsText("钻石");
		assertThat(proposed).containsText("260,000,000.00");
		assertThat(branch.locator("#members")).hasCount(0);
		assertThat(branch.locator(".vip-adjust")).hasCount(0);
		check(branch, "vip-programme-proposed");

		Page headOffice = signIn("sun.hq");
		headOffice.navigate(url("/vip-programme/" + year));
		Locator row = headOffice.locator("#candidates tr[data-customer='" + customer + "']");
		row.locator("select[name=level]").selectOption("SUPREME");
		row.locator("input[name=rank]").fill("1");
		row.locator("input[name=reason]").fill("全行日均存款排名第一");
		row.locator("button[type=submit]").click();
		assertThat(headOffice.locator(".alert.info")).containsText("已调整");
		assertThat(headOffice.locator("#candidates tr[data-customer='" + customer + "'] td.level")).hasText("尊崇");
		headOffice.click(".vip-submit button[type=submit]");
		assertThat(headOffice.locator(".programme-status")).hasText("待总行审批");
		assertThat(headOffice.locator("main")).containsText("审批通过后方可生效");
		assertThat(headOffice.locator("#members")).hasCount(0);
		check(headOffice, "vip-programme-submitted");

		// the maker finds the list among its own requests, not among those waiting for it, and may not approve it
		headOffice.navigate(url("/approvals"));
		assertThat(headOffice.locator("main")).containsText(year + " 年度对公VIP客户名单：1 户");
		assertThat(headOffice.locator("form.inline-decision", new Page.LocatorOptions().setHasText(year + " 年度")))
			.hasCount(0);
		long request = api.as("sun.hq").get("/api/v1/vip-programme/" + year).body().get("approval").get("id").asLong();
		var byMaker = api.as("sun.hq").post("/api/v1/approvals/" + request + "/approve", Api.json());
		assertThat(byMaker.status()).isEqualTo(403);
		assertThat(api.as("sun.hq").get("/api/v1/vip-programme/" + year).body().get("members")).isEmpty();

		Page admin = signIn("admin");
		admin.navigate(url("/approvals"));
		Locator waiting = admin.locator("tr", new Page.LocatorOptions().setHasText(year + " 年度对公VIP客户名单"));
		waiting.locator("button.primary").click();
		assertThat(admin.locator(".alert.info")).isVisible();

		branch.navigate(url("/vip-programme/" + year));
		assertThat(branch.locator(".programme-status")).hasText("已审批生效");
		Locator member = branch.locator("#members tr[data-customer='" + customer + "']");
		assertThat(member).containsText(customerNo);
		assertThat(member.locator("td.level")).hasText("尊崇");
		assertThat(branch.locator(".approved-by")).containsText("系统管理员");
		check(branch, "vip-programme-in-force");
	}

	@Test
	void aMidYearAdditionProposedOnThe360PageMakesTheCustomerAVipOnceHeadOfficeApprovesIt() {
		var body = TestCustomers.corporate("SH-PD");
		body.put("managerUsername", "zhang.rm");
		var created = api.as("admin").post("/api/v1/customers", body);
		long customer = created.body().get("id").asLong();
		String customerNo = created.body().get("customerNo").asString();

		Page branch = signIn("zhao.manager");
		branch.navigate(url("/customers/" + customer));
		assertThat(branch.locator("#vip")).containsText("本年度不是对公VIP客户");
		branch.selectOption("#vip select[name=level]", "GOLD");
		branch.fill("#vip input[name=reason]", "新开基本户并承接代发业务");
		branch.click("#vip button[type=submit]");
		assertThat(branch.locator("#vip .alert.info")).containsText("已推荐");
		assertThat(branch.locator("#vip")).containsText("总行审批通过前不是VIP客户");
		check(branch, "vip-customer-proposed");

		Page headOffice = signIn("sun.hq");
		headOffice.navigate(url("/approvals"));
		Locator waiting = headOffice.locator("tr", new Page.LocatorOptions().setHasText(customerNo));
		assertThat(waiting).containsText("不在名单内 → 金");
		waiting.locator("button.primary").click();
		assertThat(headOffice.locator(".alert.info")).isVisible();

		branch.navigate(url("/customers/" + customer));
		assertThat(branch.locator("#vip .vip-level")).hasText("金");
		assertThat(branch.locator("#vip")).containsText("贵宾绿色通道");
		assertThat(branch.locator("#vip .vip-history")).containsText("成为VIP客户");
		check(branch, "vip-customer-in-force");
	}
}
