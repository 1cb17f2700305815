package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.clientcare.support.DemoTest;
import org.junit.jupiter.api.Test;

/** The management view in headless Chromium: a branch manager reads the year's KPIs and the records behind one. */
@DemoTest
class KpiJourneyBrowserTest extends Journeys {

	@Test
	void theBranchManagerOpensTheDashboardSeesTheChartsAndDrillsDownToTheComplaintsBehindTheCount() {
		Page page = signIn("zhao.manager");
		page.click("nav.sidebar a[href='/kpis']");
		page.selectOption("select[name=period]", "YEAR");
		page.click("#kpi-filters button[type=submit]");
		assertThat(page.locator("#kpi-figures tbody tr")).hasCount(org.clientcare.kpi.KpiCode.values().length);
		assertThat(page.locator("#kpi-scope")).containsText("· 全部客户经理 ·");
		assertThat(page.locator("#kpi-scope")).not().containsText("客户经理 -");
		assertThat(page.locator("#kpi-HESITATION_REVISIT_RATE")).containsText("犹豫期内回访完成率");
		assertThat(page.locator("#kpi-NEW_SETTLEMENT_ACCOUNTS")).containsText("新开结算账户");
		page.click("#kpi-NEW_SETTLEMENT_ACCOUNTS a >> nth=0");
		assertThat(page.locator("#kpi-trend canvas")).hasCount(1);
		check(page, "kpi-dashboard");

		page.click("#kpi-COMPLAINT_COUNT a >> nth=1");
		assertThat(page.locator("h1")).hasText("投诉量");
		assertThat(page.locator("#kpi-records tbody tr").first()).isVisible();
		check(page, "kpi-records");
	}

	@Test
	void aFigureAndItsTargetReadOnOneLineOnALaptopScreen() {
		Page page = signIn("zhao.manager", "en", 1280, 900);
		page.navigate(url("/kpis"));

		Object wrapped = page.evaluate("""
				() => [...document.querySelectorAll('#kpi-figures td.num, #kpi-figures .badge')].filter(td => {
				  const text = document.createRange();
				  text.selectNodeContents(td);
				  return text.getClientRects().length > 1;
				}).map(td => td.closest('tr').id + ': ' + td.textContent)""");
		org.assertj.core.api.Assertions.assertThat((java.util.List<?>) wrapped)
			.as("figures or statuses broken over two lines (100.0 / %%, Close to / target)")
			.isEmpty();
		check(page, "kpi-dashboard-laptop");
	}
}
