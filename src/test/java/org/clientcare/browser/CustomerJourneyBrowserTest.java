package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The real pages in headless Chromium (Debian's, never a downloaded one). */
@DemoTest
class CustomerJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void anAccountManagerSignsInFindsACustomerOpensThe360PageRevealsItsPhoneAndSwitchesToEnglish() throws Exception {
		Map<String, Object> customer = TestCustomers.individual("SH-PD", "zhang.rm");
		customer.put("name", "浏览器" + customer.get("name"));
		api.as("zhang.rm").post("/api/v1/customers", customer);
		String phone = (String) customer.get("phone");
		Page page = page("zh-CN", 1280, 900);

		page.navigate(url("/"));
		page.fill("#username", "zhang.rm");
		page.fill("#password", "demo");
		page.click("#sign-in");
		assertThat(page.locator("h1")).containsText("欢迎");

		page.click("nav.sidebar >> text=客户");
		page.waitForFunction("() => window.htmx !== undefined");
		page.fill("#query", "浏览器");
		// Typing searches as you type (htmx); Enter submits the same search as a plain form.
		page.press("#query", "Enter");
		assertThat(page.locator("#results")).containsText((String) customer.get("name"));
		page.click("#results >> text=" + customer.get("name"));

		assertThat(page.locator("#customer-name")).hasText((String) customer.get("name"));
		assertThat(page.locator("#profile")).containsText(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(page.locator("#profile")).not().containsText(phone);
		page.fill("#pii input[name=reason]", "客户来电核实身份");
		page.click("#pii button");
		assertThat(page.locator("#pii")).containsText(phone);

		page.click("#lang-en");
		assertThat(page.locator("#profile h2")).hasText("Profile");
		assertThat(page.locator("#relationship")).containsText("Account manager");

		check(page, "customer-360");
		assertThat(Files.size(SCREENSHOTS.resolve("customer-360.png"))).isGreaterThan(10_000);
	}

	@Test
	void aBranchManagerNarrowsTheCustomerListToOneAccountManagersGoldCustomersAndPagesThroughThem() {
		Page page = signIn("zhao.manager");
		page.navigate(url("/customers"));
		page.waitForFunction("() => window.htmx !== undefined");

		page.selectOption("#manager", "li.rm");
		page.waitForURL(address -> address.contains("manager=li.rm"));
		page.selectOption("#tier", "GOLD");
		page.waitForURL(address -> address.contains("tier=GOLD"));

		var rows = page.locator("#results tbody tr");
		assertThat(rows.first()).isVisible();
		for (int i = 0; i < rows.count(); i++) {
			assertThat(rows.nth(i).locator("td").nth(6)).hasText("李娜");
			assertThat(rows.nth(i).locator("td").nth(7)).hasText("黄金");
		}
		check(page, "customers-of-one-manager-gold");
		page.reload();
		assertThat(page.locator("#manager")).hasValue("li.rm");
		assertThat(page.locator("#tier")).hasValue("GOLD");
	}

	@Test
	void aBranchManagerGivesACustomerAnotherManagerOnTheCustomerPageAndTheHistorySaysWhoToWhomAndHow() {
		long id = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		Page page = signIn("zhao.manager");
		page.navigate(url("/customers/" + id));
		String chosen = page.locator("#reassign-manager option").first().textContent();
		page.selectOption("#reassign-source", "HANDOVER");

		page.fill("#reassign-reason", "   ");
		page.click("#reassign");
		assertThat(page.locator("#reassign-error")).hasText("请填写更换原因（不超过 500 字）。");

		page.fill("#reassign-reason", "张伟调岗，客户移交");
		page.selectOption("#reassign-source", "HANDOVER");
		page.click("#reassign");

		assertThat(page.locator("#reassigned")).hasText("已为客户更换客户经理。");
		assertThat(page.locator("#desk")).containsText("张伟 → " + chosen.substring(0, chosen.indexOf(" (")));
		assertThat(page.locator("#desk")).containsText("移交");
		assertThat(page.locator("#relationship")).not().containsText("张伟");
		check(page, "customer-reassigned");
	}
}
