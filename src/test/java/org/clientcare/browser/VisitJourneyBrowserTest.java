package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visits in headless Chromium: an account manager records a visit from the customer's 360 page, finds it on the
 * ledger, turns its next steps into a case from the ledger, and finds the visit on the 360 page and in the customer's
 * timeline; the branch manager reads the ledger of the manager; the worklist shows customers due.
 */
@DemoTest
class VisitJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void aManagerRecordsAVisitFromThe360PageAndSeesItInTheLedgerAndOnThePage() {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();

		Page rm = signIn("zhang.rm");
		rm.navigate(url("/customers/" + customer));
		rm.locator("#visits a:has-text('登记拜访')").click();
		rm.selectOption("#kind", "BUSINESS");
		rm.selectOption("#method", "ON_SITE");
		rm.fill("#purpose", "养老规划面谈");
		rm.fill("#summary", "客户希望 60 岁退休，关注养老目标基金。");
		rm.fill("#nextSteps", "安排风险测评");
		rm.fill("#escalation", "需要投资顾问协助制定养老方案");
		rm.click("#record-visit");
		assertThat(rm.locator("#visits tbody tr")).hasCount(1);
		assertThat(rm.locator("#visits")).containsText("业务拜访");
		assertThat(rm.locator("#visits")).containsText("养老规划面谈");
		// the next steps become a case from the ledger row, and the row links it
		var row = rm.locator("#visits tbody tr").first();
		row.locator("form.open-case select").selectOption("PURCHASE");
		row.locator("form.open-case button").click();
		assertThat(rm.locator("#visits a.follow-up-case")).containsText("已转为业务");
		rm.locator("#visits a.follow-up-case").click();
		assertThat(rm.locator("main")).containsText("养老规划面谈");
		assertThat(rm.locator("main")).containsText("产品购买");
		rm.navigate(url("/customers/" + customer));
		assertThat(rm.locator("section#visits")).containsText("养老规划面谈");
		await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
			rm.reload();
			return rm.locator("#timeline").textContent().contains("养老规划面谈");
		});
		assertThat(problems).isEmpty();
		assertThat(rm.innerText("body")).doesNotContain("??", "BUSINESS", "ON_SITE");

		Page manager = signIn("zhao.manager");
		manager.navigate(url("/visits?manager=zhang.rm"));
		var recorded = manager.locator("#visits tbody tr:has-text('养老规划面谈')").first();
		assertThat(recorded).containsText("已上报团队负责人");
		assertThat(problems).isEmpty();
		assertThat(manager.innerText("body")).doesNotContain("??", "ROUTINE", "BUSINESS");
	}
}
