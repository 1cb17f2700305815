package org.clientcare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mis-selling finding through remediation: the account manager's hesitation-period revisit hears that returns were
 * promised, the branch manager assigns the remediation to another manager (never the seller), who records the
 * customer's withdrawal with a refund for approval; compliance reads the figures, and on the audit trail that the
 * sale's recording was held for the dispute and is kept past it, in words.
 */
@DemoTest
class RemediationJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void aRevisitThatHearsReturnsWerePromisedOpensARemediationPutRightByAnotherManagerThanTheSeller() {
		var body = TestCustomers.bornOn(LocalDate.now().minusYears(63).minusDays(10), "SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		long sale = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId",
				customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "48000.00", "occurredAt",
				OffsetDateTime.now().minusDays(6).toString())).body().get("id").asLong();
		long revisit = await().until(() -> api.as("zhang.rm").get("/api/v1/revisits?customerId=" + customer).body()
			.get("content").valueStream().filter(r -> !r.get("hesitationEndsOn").isNull()).findFirst(),
				java.util.Optional::isPresent).orElseThrow().get("id").asLong();

		Page rm = signIn("zhang.rm");
		rm.navigate(url("/revisits?view=week"));
		var row = rm.locator("#revisit-" + revisit);
		assertThat(row.locator("fieldset.script")).containsText("未承诺收益");
		for (String item : new String[] { "IDENTITY_CONFIRMED", "PRODUCT_UNDERSTOOD", "RISK_AND_FEES_EXPLAINED",
				"HESITATION_RIGHTS_EXPLAINED", "SIGNATURE_CONFIRMED" }) {
			row.locator("input[name=script][value=" + item + "]").check();
		}
		row.locator("input[name=notes]").fill("客户称销售时承诺年化收益5%");
		row.locator("button[name=reached][value=true]").click();
		assertThat(rm.locator("#revisit-" + revisit + " .mis-selling")).hasText("销售误导：承诺收益");
		check(rm, "remediation-revisit");

		long remediation = await().until(() -> api.as("zhao.manager").get("/api/v1/remediations?customerId=" + customer)
			.body().get("content"), content -> content.size() == 1).get(0).get("id").asLong();
		Page manager = signIn("zhao.manager");
		manager.navigate(url("/remediations"));
		manager.click("#remediation-" + remediation + " a");
		assertThat(manager.locator("#remediation-seller")).hasText("张伟");
		assertThat(manager.locator("#assign-form select[name=assignee] option[value='zhang.rm']")).hasCount(0);
		manager.selectOption("#assign-form select[name=assignee]", "li.rm");
		manager.click("#assign-form button[type=submit]");
		assertThat(manager.locator("#remediation-assignee")).hasText("李娜");
		check(manager, "remediation-assigned");

		Page other = signIn("li.rm");
		other.navigate(url("/remediations"));
		other.click("#remediation-" + remediation + " a");
		other.selectOption("#resolve-form select[name=choice]", "WITHDRAW");
		other.fill("#resolve-form input[name=refundAmount]", "48000.00");
		other.fill("#resolve-form input[name=outcome]", "向客户致歉并说明产品实际收益，客户选择犹豫期内退保");
		other.click("#resolve-form button[type=submit]");
		assertThat(other.locator("#remediation-status")).hasText("已整改");
		assertThat(other.locator("#remediation-refund")).containsText("48,000.00 元");
		assertThat(other.locator("#remediation-refund")).containsText("待审批");
		check(other, "remediation-resolved");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/remediations/figures"));
		assertThat(compliance.locator("#figures-bySeller")).containsText("张伟");
		assertThat(compliance.locator("#figures-byProduct")).containsText("INS-01");
		check(compliance, "remediation-figures");
		compliance.navigate(url("/customers/" + customer));
		check(compliance, "remediation-customer");
		// the sale's recording is held for the dispute and kept past it: the audit trail says so in words
		for (String language : new String[] { "zh-CN", "en" }) {
			String trail = url("/audit?entityType=sale-recording&entityId=" + sale + "&lang=" + language);
			await().until(() -> {
				compliance.navigate(trail);
				return compliance.locator("main").innerText().contains(language.equals("en") ? "Recording dispute closed" : "双录争议关闭");
			});
			String shown = compliance.locator("main").innerText();
			assertThat(shown).contains(language.equals("en") ? "remediation: " + remediation : "误导销售整改编号: " + remediation)
				.contains(language.equals("en") ? "kept at least until: " : "至少保存至: ")
				.doesNotContain("remediationId", "keptAtLeastUntil");
			check(compliance, "remediation-recording-audit-" + language);
		}
		assertThat(problems).isEmpty();
	}
}
