package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The corporate rules of the bank regulations in headless Chromium: an account manager marks a corporate whose
 * figures meet GOLD as a Fortune Global 500 enterprise on its 360 page and sees it tiered PLATINUM with the rule named
 * in the explanation; the administrator finds each rule as a switch in the tier settings.
 */
@DemoTest
class CorporateTierRulesBrowserTest extends Journeys {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	@Test
	void aFortuneGlobal500CorporateMeetingGoldIsTieredPlatinumWithTheRuleNamedInItsExplanation() {
		// li.rm's, not zhang.rm's: the revisit the new tier plans must not change the demo's worklist of zhang.rm
		Map<String, Object> body = TestCustomers.corporate("SH-XH");
		body.put("relationshipSince", TODAY.minusYears(3).toString());
		body.put("managerUsername", "li.rm");
		var created = api.as("li.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long customer = created.body().get("id").asLong();
		api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", "0", "avgDailyDeposits", "8000000"));

		Page rm = signIn("li.rm", "zh-CN");
		rm.navigate(url("/customers/" + customer));
		assertThat(rm.locator("#tier dd strong")).hasText("黄金");
		assertThat(rm.locator("#standing-fortune")).hasText("否");
		rm.locator("#standing summary").click();
		rm.locator("#standing input[name=fortuneGlobal500]").check();
		rm.locator("#standing button[type=submit]").click();

		assertThat(rm.locator("#standing .alert.info")).containsText("已保存");
		assertThat(rm.locator("#standing-fortune")).hasText("是");
		assertThat(rm.locator("#tier dd strong")).hasText("白金");
		assertThat(rm.locator("#tier .explanation")).containsText("规则“世界500强”");
		assertThat(problems).isEmpty();
		assertThat(rm.innerText("body")).doesNotContain("??", "standing.", "tier.words");

		Page english = signIn("li.rm", "en");
		english.navigate(url("/customers/" + customer + "?lang=en"));
		assertThat(english.locator("#tier .explanation")).containsText("Rule \"Fortune Global 500\"");
		assertThat(english.locator("#standing")).containsText("Fortune Global 500 enterprise doing business here");

		Page admin = signIn("admin", "zh-CN");
		admin.navigate(url("/tiering"));
		assertThat(admin.locator("#rules input[name=fortuneGlobal500Platinum]")).isChecked();
		assertThat(admin.locator("#rules")).containsText("世界500强");
		assertThat(problems).isEmpty();
	}
}
