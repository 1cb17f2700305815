package org.clientcare.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TieringApiTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	long individual() {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	long corporate(LocalDate relationshipSince) {
		Map<String, Object> body = TestCustomers.corporate("SH-PD");
		body.put("relationshipSince", relationshipSince.toString());
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	Api.Response figures(long customer, Map<String, Object> body) {
		return api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", body);
	}

	JsonNode tier(long customer) {
		var answer = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/tier");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	JsonNode runJob() {
		var run = api.as("admin").post("/api/v1/jobs/tiering/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		return run.body().get("result");
	}

	static String words(JsonNode tier) {
		return tier.get("explanation").get("words").toString();
	}

	@Test
	void aRetailCustomerWithAumOfOneMillionIsPlatinumAndOneFenLessIsGoldWithTheRuleAndBothFigures() {
		long million = individual();
		long justBelow = individual();

		assertThat(figures(million, Api.json("asOf", TODAY.toString(), "aum", "1000000.00")).status()).isEqualTo(200);
		assertThat(figures(justBelow, Api.json("asOf", TODAY.toString(), "aum", "999999.99")).status()).isEqualTo(200);

		JsonNode platinum = tier(million);
		assertThat(platinum.get("tier").asString()).isEqualTo("PLATINUM");
		assertThat(platinum.get("scheme").asString()).isEqualTo("RETAIL");
		JsonNode gold = tier(justBelow);
		assertThat(gold.get("tier").asString()).isEqualTo("GOLD");
		JsonNode explanation = gold.get("explanation");
		assertThat(explanation.get("rule").asString()).isEqualTo("retail.aum");
		assertThat(explanation.get("inputs").get("aum").decimalValue()).isEqualByComparingTo("999999.99");
		assertThat(explanation.get("thresholds").get("PLATINUM").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(words(gold)).contains("999,999.99", "1,000,000.00");
		assertThat(gold.get("history").size()).isEqualTo(1);
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + million).body().get("tier").asString()).isEqualTo("PLATINUM");
	}

	@Test
	void aCorporateWithStandardDepositsOfThreeHundredMillionAndABadCreditRecordIsBronzeNamingTheCap() {
		long customer = corporate(TODAY.minusYears(3));

		figures(customer, Api.json("asOf", TODAY.toString(), "aum", "0", "avgDailyDeposits", "200000000",
				"loans", "100000000", "intermediaryIncome", "5000000", "badCredit", true));

		JsonNode tier = tier(customer);
		assertThat(tier.get("tier").asString()).isEqualTo("BRONZE");
		assertThat(tier.get("scheme").asString()).isEqualTo("CORPORATE");
		assertThat(tier.get("explanation").get("rule").asString()).isEqualTo("corporate.bad-credit-cap");
		assertThat(tier.get("explanation").get("inputs").get("standardDeposits").decimalValue())
			.isEqualByComparingTo("300000000");
		assertThat(tier.get("explanation").get("inputs").get("badCredit").asBoolean()).isTrue();
	}

	@Test
	void aCorporateOfFiveMonthsIsNotTieredByTheCorporateSchemeAndSaysWhy() {
		long customer = corporate(TODAY.minusMonths(5));

		figures(customer, Api.json("asOf", TODAY.toString(), "aum", "0", "avgDailyDeposits", "300000000"));

		JsonNode tier = tier(customer);
		assertThat(tier.get("tier").isNull()).isTrue();
		assertThat(tier.get("explanation").get("rule").asString()).isEqualTo("corporate.relationship-too-short");
		assertThat(words(tier)).contains(TODAY.minusMonths(5).toString());
	}

	@Test
	void runningTheJobTwiceCreatesOneHistoryEntryPerRealChangeAndAgreesWithThePolicy() {
		long byFeed = individual();
		long byFile = individual();
		figures(byFeed, Api.json("asOf", TODAY.toString(), "aum", "6500000"));
		String customerNo = api.as("zhang.rm").get("/api/v1/customers/" + byFile).body().get("customerNo").asString();
		var imported = api.as("core.feed").upload("/api/v1/imports/metrics", "file", "metrics.csv",
				"customerNo,asOf,aum,avgDailyDeposits,loans,intermediaryIncome,annualContribution,badCredit,litigation,shareholdingPct\n"
						+ customerNo + "," + TODAY + ",250000.00,0,0,0,0,false,false,0\n");
		assertThat(imported.body().get("imported").asInt()).as(imported.text()).isEqualTo(1);
		assertThat(tier(byFile).get("tier").isNull()).isTrue();

		runJob();
		JsonNode second = runJob();

		assertThat(second.get("changed").asInt()).isZero();
		assertThat(tier(byFile).get("tier").asString()).isEqualTo("GOLD");
		assertThat(tier(byFile).get("history").size()).isEqualTo(1);
		assertThat(tier(byFeed).get("tier").asString()).isEqualTo("DIAMOND");
		assertThat(tier(byFeed).get("history").size()).isEqualTo(1);
	}

	@Test
	void anOverrideIsApprovedByASecondPersonOnlyAndShowsAsTheTierWithItsEndDate() {
		long customer = individual();
		figures(customer, Api.json("asOf", TODAY.toString(), "aum", "300000"));
		String until = TODAY.plusDays(90).toString();

		var requested = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户", "until", until));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long request = requested.body().get("id").asLong();
		assertThat(requested.body().get("type").asString()).isEqualTo("tiering.override");
		assertThat(api.as("zhang.rm").post("/api/v1/approvals/" + request + "/approve", Api.json()).status()).isEqualTo(403);
		assertThat(tier(customer).get("tier").asString()).isEqualTo("GOLD");
		var approved = api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json());
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);

		runJob();
		JsonNode tier = tier(customer);
		assertThat(tier.get("tier").asString()).isEqualTo("DIAMOND");
		assertThat(tier.get("scheme").asString()).isEqualTo("OVERRIDE");
		assertThat(tier.get("computedTier").asString()).isEqualTo("GOLD");
		assertThat(tier.get("override").get("until").asString()).isEqualTo(until);
		assertThat(tier.get("history").get(0).get("to").asString()).isEqualTo("DIAMOND");
		assertThat(words(tier)).contains(until, "战略客户");
		var audit = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer);
		assertThat(audit.text()).contains("tiering.override-applied");
	}

	@Test
	void anOverrideToATierOfAnotherSchemeIsRefusedAndOnlyWritersMayAsk() {
		long customer = individual();

		var wrongTier = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "BRONZE", "reason", "试试"));
		assertThat(wrongTier.status()).isEqualTo(400);
		assertThat(wrongTier.body().get("errors").get(0).get("field").asString()).isEqualTo("tier");
		assertThat(api.as("wang.agent").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "GOLD", "reason", "试试")).status()).isEqualTo(403);
	}

	@Test
	void invalidFiguresAnswer400NamingTheField() {
		long customer = individual();

		assertThat(field(figures(customer, Api.json("asOf", TODAY.toString(), "aum", "-1")))).isEqualTo("aum");
		assertThat(field(figures(customer, Api.json("aum", "1000")))).isEqualTo("asOf");
		assertThat(field(figures(customer, Api.json("asOf", "2026-13-01", "aum", "1000")))).isEqualTo("asOf");
		assertThat(field(figures(customer, Api.json("asOf", TODAY.plusDays(1).toString(), "aum", "1000")))).isEqualTo("asOf");
		assertThat(field(figures(customer, Api.json("asOf", TODAY.toString(), "aum", "1", "shareholdingPct", "150"))))
			.isEqualTo("shareholdingPct");
		assertThat(field(figures(customer, Api.json("asOf", TODAY.toString(), "aum", "1.001")))).isEqualTo("aum");
		assertThat(figures(customer, Api.json("asOf", TODAY.toString(), "aum", "abc")).status()).isEqualTo(400);
	}

	String field(Api.Response answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		return answer.body().get("errors").get(0).get("field").asString();
	}

	@Test
	void figuresForAnUnknownCustomerAnswer404AndOnlyTheFeedAndAdminsDeliverThem() {
		assertThat(figures(999_999_999L, Api.json("asOf", TODAY.toString(), "aum", "1")).status()).isEqualTo(404);
		long customer = individual();
		assertThat(api.as("zhang.rm").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", "1")).status()).isEqualTo(403);
		assertThat(api.as("admin").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", "1")).status()).isEqualTo(200);
	}

	@Test
	void aTierOutsideTheCallersScopeAnswers404() {
		long customer = individual();

		assertThat(api.as("li.rm").get("/api/v1/customers/" + customer + "/tier").status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "GOLD", "reason", "越权")).status()).isEqualTo(404);
		assertThat(api.as("zhao.manager").get("/api/v1/customers/" + customer + "/tier").status()).isEqualTo(200);
	}

	@Test
	void aFiguresFileReportsBadRowsByLineAndFieldAndReimportingChangesNothing() {
		long customer = individual();
		String customerNo = api.as("zhang.rm").get("/api/v1/customers/" + customer).body().get("customerNo").asString();
		String file = "customerNo,asOf,aum,avgDailyDeposits,loans,intermediaryIncome,annualContribution,badCredit,litigation,shareholdingPct\n"
				+ customerNo + "," + TODAY.minusDays(1) + ",1200000.00,0,0,0,0,false,false,0\n"
				+ customerNo + "," + TODAY + ",abc,0,0,0,0,false,false,0\n"
				+ "C9999999999," + TODAY + ",100,0,0,0,0,false,false,0\n"
				+ customerNo + "," + TODAY + ",100,0,0,0,0,maybe,false,0\n";

		var first = api.as("core.feed").upload("/api/v1/imports/metrics", "file", "metrics.csv", file);
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		JsonNode report = first.body();
		assertThat(report.get("total").asInt()).isEqualTo(4);
		assertThat(report.get("imported").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isEqualTo(3);
		assertThat(report.get("errors").toString()).contains("{\"line\":3,\"field\":\"aum\",\"code\":\"format\"}",
				"{\"line\":4,\"field\":\"customerNo\",\"code\":\"unknown\"}",
				"{\"line\":5,\"field\":\"badCredit\",\"code\":\"format\"}");

		var again = api.as("core.feed").upload("/api/v1/imports/metrics", "file", "metrics.csv", file);
		assertThat(again.body().get("imported").asInt()).isEqualTo(1);
		runJob();
		assertThat(tier(customer).get("tier").asString()).isEqualTo("PLATINUM");
		assertThat(tier(customer).get("history").size()).isEqualTo(1);
		assertThat(api.as("zhang.rm").upload("/api/v1/imports/metrics", "file", "m.csv", file).status()).isEqualTo(403);
	}

	@Test
	void onlyAdministratorsReadAndChangeTheSettingsWhichAreVersionedAndValidated() {
		assertThat(api.as("zhang.rm").get("/api/v1/tiering/settings").status()).isEqualTo(403);
		JsonNode current = api.as("admin").get("/api/v1/tiering/settings").body();
		assertThat(current.get("retailPlatinumAum").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(current.get("loanCoefficient").decimalValue()).isEqualByComparingTo("0.5");

		Map<String, Object> invalid = settings(current);
		invalid.put("retailGoldAum", "2000000");
		var refused = api.as("admin").put("/api/v1/tiering/settings", invalid);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("retailGoldAum");

		var saved = api.as("admin").put("/api/v1/tiering/settings?reason=review", settings(current));
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		assertThat(saved.body().get("version").asInt()).isEqualTo(current.get("version").asInt() + 1);
		assertThat(saved.body().get("changedBy").asString()).isEqualTo("admin");
		assertThat(api.as("zhang.rm").put("/api/v1/tiering/settings", settings(current)).status()).isEqualTo(403);
	}

	static Map<String, Object> settings(JsonNode current) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		for (String field : new String[] { "retailDiamondAum", "retailPlatinumAum", "retailGoldAum",
				"retailDiamondContribution", "retailPlatinumContribution", "retailGoldContribution",
				"contributionCombination", "corporateMinRelationshipMonths", "loanCoefficient",
				"intermediaryIncomeCoefficient", "corporateDiamond", "corporatePlatinum", "corporateGold",
				"corporateSilver", "shareholderPct" }) {
			JsonNode value = current.get(field);
			body.put(field, value == null || value.isNull() ? null : value.isNumber() ? value.decimalValue() : value.asString());
		}
		return body;
	}
}
