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
 * After an insurance sale to a 62-year-old: the purchase is revisited inside its hesitation period (犹豫期), the account
 * manager references the missing dual recording (双录) and compliance quality-checks it and sees how long it is kept;
 * a bank-channel sale to a 45-year-old needs its recording as the product's settings say.
 */
@DemoTest
class AfterSaleJourneyBrowserTest extends Journeys {

	@Autowired
	Api api;

	@Test
	void anInsuranceSaleToA62YearOldIsRevisitedInsideItsHesitationPeriodAndItsRecordingIsReferencedAndChecked() {
		var body = TestCustomers.bornOn(LocalDate.now().minusYears(62).minusDays(40), "SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		long sale = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "48000.00", "occurredAt",
				OffsetDateTime.now().minusHours(1).toString())).body().get("id").asLong();
		await().until(() -> api.as("zhang.rm").get("/api/v1/sale-recordings/" + sale).status(), status -> status == 200);

		Page rm = signIn("zhang.rm");
		rm.navigate(url("/customers/" + customer));
		await().pollInSameThread().until(() -> {
			rm.reload();
			return rm.locator("#revisits .hesitation").count() > 0;
		});
		assertThat(rm.locator("#revisits")).containsText("犹豫期至");
		rm.navigate(url("/suitability/recordings/" + sale));
		assertThat(rm.locator("#recording-status")).hasText("缺少双录");
		rm.fill("input[name=recordingId]", "SL-" + sale);
		rm.fill("input[name=hash]", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		rm.fill("input[name=durationSeconds]", "1320");
		rm.fill("input[name=checkedBy]", "王复核");
		rm.click("#reference-form button[type=submit]");
		assertThat(rm.locator("#recording-status")).hasText("待质检");
		check(rm, "after-sale-reference");

		Page compliance = signIn("chen.compliance");
		compliance.navigate(url("/suitability/recordings"));
		compliance.click("#recording-" + sale + " a[href$='/" + sale + "']");
		compliance.fill("#quality-form input[name=finding]", "身份、风险与犹豫期权利均已告知");
		compliance.click("#quality-form button[value=true]");
		assertThat(compliance.locator("#recording-status")).hasText("已质检");
		assertThat(compliance.locator("#recording")).containsText("合格");
		// kept ten years after the sale, by the insurance product's rule
		assertThat(compliance.locator("#recording-kept")).containsText(
				OffsetDateTime.now().minusHours(1).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
					.plusYears(10).toString());
		compliance.navigate(url("/suitability/alerts"));
		assertThat(compliance.locator("#alerts")).containsText("缺少双录");
		check(compliance, "after-sale-quality-check");
		assertThat(problems).isEmpty();
	}

	@Test
	void aBankChannelInsuranceSaleToAFortyFiveYearOldNeedsItsRecordingAsTheProductSays() {
		Page admin = signIn("admin");
		admin.navigate(url("/products"));
		assertThat(admin.locator("tr:has-text('INS-01')").first().locator(".bank-channel")).containsText("银保渠道");
		assertThat(admin.locator("tr:has-text('INS-01')").first().locator(".recording-years")).containsText("保存 10 年");
		check(admin, "after-sale-products");

		var body = TestCustomers.bornOn(LocalDate.now().minusYears(45).minusDays(40), "SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		long sale = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "20000.00", "occurredAt",
				OffsetDateTime.now().minusHours(1).toString(), "channel", "BANK")).body().get("id").asLong();
		await().until(() -> api.as("zhang.rm").get("/api/v1/sale-recordings/" + sale).status(), status -> status == 200);

		Page rm = signIn("zhang.rm");
		rm.navigate(url("/suitability/recordings/" + sale));
		assertThat(rm.locator("#recording-status")).hasText("缺少双录");
		assertThat(rm.locator("#recording-kept")).containsText("按产品规则保存至");
		check(rm, "after-sale-bank-channel");
		assertThat(problems).isEmpty();
	}
}
