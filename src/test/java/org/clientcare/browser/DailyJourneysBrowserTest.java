package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

/** The daily work of the staff, done by clicking through the pages as the demo users. */
@DemoTest
class DailyJourneysBrowserTest extends Journeys {

	@Test
	void anAccountManagerRegistersACustomerThenRecordsTheOutcomeOfAnOverdueRevisit() {
		Map<String, Object> customer = TestCustomers.individual("SH-PD", "zhang.rm");
		Page rm = signIn("zhang.rm");
		rm.click("nav.sidebar >> text=新建客户");
		for (String field : new String[] { "name", "idNumber", "birthDate", "phone", "email", "address" }) {
			rm.fill("#" + field, (String) customer.get(field));
		}
		rm.selectOption("#orgUnit", "SH-PD");
		rm.selectOption("#managerUsername", "zhang.rm");
		rm.click("#register");
		assertThat(rm.locator("#customer-name")).hasText((String) customer.get("name"));
		assertThat(rm.locator("#relationship")).containsText("张伟");
		check(rm, "journey-customer-registered");

		rm.navigate(url("/"));
		assertThat(rm.locator("#todo-revisitsOverdue .figure")).not().hasText("0");
		rm.click("#todo-revisitsOverdue");
		assertThat(rm.locator("#views a[aria-current=page]")).hasText("已逾期");
		Locator row = rm.locator("#worklist tbody tr").first();
		String rowId = row.getAttribute("id");
		row.locator("select[name=satisfaction]").selectOption("5");
		row.locator("input[name=notes]").fill("客户对理财收益满意");
		row.locator("button[name=reached][value=true]").click();
		assertThat(rm.locator("#" + rowId)).containsText("已完成");
		check(rm, "journey-revisit-recorded");
	}

	@Test
	void anAccountManagerAsksForATierOverrideAndTheBranchManagerApprovesItByClicking() {
		String reason = "战略合作客户" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		Page rm = signIn("zhang.rm");
		rm.navigate(url("/customers"));
		rm.locator("#results a[href^='/customers/']").first().click();
		rm.waitForSelector("#customer-name");
		String customerPage = rm.url();
		String before = rm.locator("#tier dd strong").first().textContent().strip();
		rm.click("#tier details summary");
		Locator options = rm.locator("#tier select[name=tier] option");
		String wanted = null;
		for (int i = 0; i < options.count() && wanted == null; i++) {
			if (!options.nth(i).textContent().strip().equals(before)) {
				wanted = options.nth(i).getAttribute("value");
			}
		}
		rm.selectOption("#tier select[name=tier]", wanted);
		String wantedLabel = rm.locator("#tier select[name=tier] option[value=" + wanted + "]").textContent().strip();
		rm.fill("#tier input[name=reason]", reason);
		rm.click("#tier form button[type=submit]");
		assertThat(rm.locator("#tier .alert.info")).containsText("审批");
		check(rm, "journey-tier-override-requested");

		Page manager = signIn("zhao.manager");
		manager.navigate(url("/approvals"));
		Locator row = manager.locator("tr", new Page.LocatorOptions().setHasText(reason));
		Object makerLines = row.locator("td.nowrap").first().evaluate(
				"cell => { const r = document.createRange(); r.selectNodeContents(cell); "
						+ "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }");
		assertThat(((Number) makerLines).intValue()).as("the applicant's name on one line")
			.isEqualTo(1);
		row.locator("button.primary").click();
		assertThat(manager.locator(".alert.info")).isVisible();
		check(manager, "journey-tier-override-approved");

		manager.navigate(customerPage);
		assertThat(manager.locator("#tier dd strong").first()).hasText(wantedLabel);
		check(manager, "journey-tier-override-customer");
	}

	@Test
	void aComplaintGoesFromRegistrationToClosureWithACompensationApprovedByCompliance() {
		String content = "理财赎回款延迟到账" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		Page agent = signIn("wang.agent");
		agent.navigate(url("/complaints/new"));
		agent.fill("#complainant", "周九");
		agent.fill("#contact", TestCustomers.mobile());
		agent.selectOption("#channel", "HOTLINE");
		agent.selectOption("#category", "FEES");
		agent.fill("#content", content);
		agent.click("#register-complaint");
		assertThat(agent.locator("#complaint-status")).hasText("已登记");
		assertThat(agent.locator("main")).containsText("热线");
		String complaintPage = agent.url();
		agent.click("#acknowledge");
		assertThat(agent.locator(".alert.info")).hasText("已确认受理。");
		agent.selectOption("#assign-department", "WMD");
		agent.selectOption("#assign-handler", "liu.handler");
		agent.click("#assign");
		assertThat(agent.locator("#complaint-status")).hasText("处理中");
		assertThat(agent.locator(".facts")).containsText("刘洋");
		assertThat(agent.locator(".facts")).containsText("财富管理部");
		check(agent, "journey-complaint-assigned");

		Page handler = signIn("liu.handler");
		handler.navigate(complaintPage);
		handler.fill("#resolution", "核实后退还延迟期间的利息损失");
		handler.fill("#compensation-amount", "36000.00");
		handler.click("#resolve");
		assertThat(handler.locator("#complaint-status")).hasText("已办结");
		assertThat(handler.locator("#compensation")).hasText("36,000.00 元 · 待审批");
		check(handler, "journey-complaint-resolved");

		agent.navigate(complaintPage);
		agent.selectOption("#feedback-accepted", "true");
		agent.click("#record-feedback");
		assertThat(agent.locator(".alert.error")).containsText("补偿仍在等待审批");
		assertThat(agent.locator("#complaint-status")).hasText("已办结");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/approvals"));
		String complaintNo = agent.locator("#complaint-no").textContent().strip();
		Locator request = compliance.locator("tr", new Page.LocatorOptions().setHasText(complaintNo));
		assertThat(request).containsText("补偿 36,000.00 元");
		request.locator("button.primary").click();
		assertThat(compliance.locator(".alert.info")).isVisible();
		check(compliance, "journey-compensation-approved");

		agent.navigate(complaintPage);
		assertThat(agent.locator("#compensation")).hasText("36,000.00 元 · 已批准");
		agent.selectOption("#feedback-accepted", "true");
		agent.click("#record-feedback");
		assertThat(agent.locator("#complaint-status")).hasText("已关闭");
		assertThat(agent.locator("ol.timeline")).containsText("补偿已批准");
		check(agent, "journey-complaint-closed");
	}
}
