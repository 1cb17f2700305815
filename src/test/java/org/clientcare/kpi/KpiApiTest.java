package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class KpiApiTest {

	@Autowired
	Api api;

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	static JsonNode figure(Api.Response report, String code) {
		assertThat(report.status()).as(report.text()).isEqualTo(200);
		return report.body().get("figures").valueStream().filter(f -> f.get("code").asString().equals(code)).findFirst()
			.orElseThrow();
	}

	static BigDecimal value(Api.Response report, String code) {
		return figure(report, code).get("value").decimalValue();
	}

	@Test
	void aYearsReportHasTheFourteenCodesAndTheHesitationRevisitRateAndEachRateIsItsNumeratorOverItsDenominator() {
		var report = api.as("admin").get("/api/v1/kpis?period=YEAR&orgUnit=HQ");

		assertThat(report.status()).as(report.text()).isEqualTo(200);
		assertThat(report.body().get("figures").valueStream().map(f -> f.get("code").asString())).containsExactly(
				"SATISFACTION_RATE", "REVISIT_COMPLETION_RATE", "COMPLAINT_COUNT", "COMPLAINT_RATE", "ACK_ON_TIME_RATE",
				"RESOLUTION_ON_TIME_RATE", "COMPLAINT_SATISFACTION", "CHURN_RATE", "AUM_GROWTH", "NEW_SETTLEMENT_ACCOUNTS",
				"NEW_BASIC_ACCOUNTS", "DORMANT_REACTIVATED", "INQUIRY_ON_TIME_RATE", "TRAINING_COVERAGE",
				"HESITATION_REVISIT_RATE");
		report.body().get("figures").valueStream().forEach(f -> {
			assertThat(f.has("target")).isTrue();
			assertThat(f.has("previous")).isTrue();
			JsonNode denominator = f.get("denominator");
			if (denominator != null && !denominator.isNull() && denominator.decimalValue().signum() != 0) {
				assertThat(f.get("value").decimalValue()).as(f.toString()).isEqualByComparingTo(
						f.get("numerator").decimalValue().divide(denominator.decimalValue(), 4, RoundingMode.HALF_UP));
			}
		});
		assertThat(report.body().get("from").asString()).endsWith("-01-01");
		assertThat(report.body().get("definitionVersion").asInt()).isPositive();
	}

	@Test
	void registeringOneComplaintTodayRaisesTodaysComplaintCountForHeadOfficeByExactlyOne() {
		String today = "/api/v1/kpis?orgUnit=HQ&from=" + today() + "&to=" + today();
		BigDecimal before = value(api.as("admin").get(today), "COMPLAINT_COUNT");

		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "王五", "contact",
				"13900139000", "channel", "HOTLINE", "category", "FEES", "content", "年费未经同意被扣收"));

		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		assertThat(value(api.as("admin").get(today), "COMPLAINT_COUNT")).isEqualByComparingTo(before.add(BigDecimal.ONE));
	}

	@Test
	void aNewBasicAccountTodayRaisesNewBasicAccountsByOneAndAGeneralOneOnlyTheSettlementAccounts() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		long customer = staff.customer(unit, null);
		String today = "/api/v1/kpis?orgUnit=" + unit + "&from=" + today() + "&to=" + today();

		for (String kind : new String[] { "BASIC", "GENERAL" }) {
			var opened = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", "K-" + UUID.randomUUID(),
					"customerId", customer, "kind", kind, "openedAt", today(), "orgUnit", unit));
			assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		}

		await().until(() -> value(api.as("admin").get(today), "NEW_SETTLEMENT_ACCOUNTS").intValue() == 2);
		assertThat(value(api.as("admin").get(today), "NEW_BASIC_ACCOUNTS")).isEqualByComparingTo("1");
	}

	@Test
	void aHesitationPeriodRevisitDoneInsideThePeriodCountsAndOneWhoseCustomerWasNotReachedCountsAsMissed() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		long reached = staff.customer(unit, manager);
		long unreachable = staff.customer(unit, manager);
		long doneRevisit = hesitationRevisitAfterAPolicy(staff, manager, reached);
		long missedRevisit = hesitationRevisitAfterAPolicy(staff, manager, unreachable);
		String endsOn = staff.as(manager).get("/api/v1/revisits/" + doneRevisit).body().get("hesitationEndsOn").asString();
		String period = "/api/v1/kpis?orgUnit=" + unit + "&from=" + endsOn + "&to=" + endsOn;
		var whileRunning = figure(api.as("admin").get(period), "HESITATION_REVISIT_RATE");

		var done = staff.as(manager).post("/api/v1/revisits/" + doneRevisit + "/outcome", Api.json("method", "PHONE",
				"reached", true, "satisfaction", 5, "script", java.util.Map.of("IDENTITY_CONFIRMED", true,
						"PRODUCT_UNDERSTOOD", true, "RISK_AND_FEES_EXPLAINED", true, "HESITATION_RIGHTS_EXPLAINED", true,
						"SIGNATURE_CONFIRMED", true, "NO_RETURNS_PROMISED", true)));
		for (int attempt = 0; attempt < 3; attempt++) {
			staff.as(manager).post("/api/v1/revisits/" + missedRevisit + "/outcome", Api.json("method", "PHONE", "reached", false));
		}
		var after = figure(api.as("admin").get(period), "HESITATION_REVISIT_RATE");

		assertThat(done.status()).as(done.text()).isEqualTo(200);
		assertThat(whileRunning.get("denominator").decimalValue()).as("nothing is due while the periods run")
			.isEqualByComparingTo("0");
		assertThat(after.get("numerator").decimalValue()).isEqualByComparingTo("1");
		assertThat(after.get("denominator").decimalValue()).isEqualByComparingTo("2");
		assertThat(after.get("value").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(after.get("target").decimalValue()).isEqualByComparingTo("1");
		assertThat(after.get("status").asString()).isEqualTo("RED");
	}

	/** An insurance policy with a hesitation period bought by the customer an hour ago; answers its revisit's id. */
	long hesitationRevisitAfterAPolicy(TestStaff staff, String manager, long customer) {
		var sale = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "30000.00", "occurredAt",
				java.time.OffsetDateTime.now().minusHours(1).toString()));
		assertThat(sale.status()).as(sale.text()).isEqualTo(201);
		return await().until(() -> staff.as(manager).get("/api/v1/revisits?customerId=" + customer).body().get("content")
			.valueStream().filter(r -> !r.get("hesitationEndsOn").isNull()).findFirst(), java.util.Optional::isPresent)
			.orElseThrow().get("id").asLong();
	}

	@Test
	void aDormantAccountReactivatedCountsOnce() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String externalId = "K-" + UUID.randomUUID();
		api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId, "customerId",
				staff.customer(unit, null), "kind", "PERSONAL_SETTLEMENT", "openedAt", "2025-01-06", "orgUnit", unit));
		api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status", Api.json("status", "DORMANT", "at", "2025-06-01"));
		api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status", Api.json("status", "ACTIVE"));
		String today = "/api/v1/kpis?orgUnit=" + unit + "&period=WEEK";

		await().until(() -> value(api.as("admin").get(today), "DORMANT_REACTIVATED").intValue() == 1);
		assertThat(value(api.as("admin").get(today), "NEW_SETTLEMENT_ACCOUNTS")).isEqualByComparingTo("0");
	}

	@Test
	void theComplaintRateCountsPerTenThousandCustomersOrPerTheRegulatorsDenominators() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		staff.customer(unit, null);
		staff.customer(unit, null);
		String base = "/api/v1/kpis?period=MONTH&orgUnit=" + unit;

		var perCustomers = figure(api.as("admin").get(base), "COMPLAINT_RATE");
		var perIndividuals = figure(api.as("admin").get(base + "&basis=PER_10M_INDIVIDUAL_CUSTOMERS"), "COMPLAINT_RATE");
		var perOutlets = figure(api.as("admin").get(base + "&basis=PER_1K_OUTLETS"), "COMPLAINT_RATE");

		assertThat(perCustomers.get("denominator").decimalValue()).isEqualByComparingTo("0.0002");
		assertThat(perIndividuals.get("denominator").decimalValue()).isEqualByComparingTo("0.0000002");
		assertThat(perOutlets.get("denominator").decimalValue()).isEqualByComparingTo("0.001");
	}

	@Test
	void eachRoleSeesItsScopeAndNothingBeyond() {
		assertThat(api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH-PD").status()).isEqualTo(200);
		assertThat(api.as("zhao.manager").get("/api/v1/kpis?manager=zhang.rm").body().get("manager").asString())
			.isEqualTo("zhang.rm");
		assertThat(api.as("zhao.manager").get("/api/v1/kpis?orgUnit=HQ").status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").get("/api/v1/kpis").body().get("manager").asString()).isEqualTo("zhang.rm");
		assertThat(api.as("zhang.rm").get("/api/v1/kpis?manager=li.rm").status()).isEqualTo(404);
		assertThat(api.as("chen.compliance").get("/api/v1/kpis?orgUnit=HQ").status()).isEqualTo(200);
		assertThat(api.as("wang.agent").get("/api/v1/kpis").status()).isEqualTo(403);
		assertThat(api.as("core.feed").get("/api/v1/kpis").status()).isEqualTo(403);
	}

	@Test
	void badQueriesAreRefusedNamingTheParameter() {
		assertThat(field(api.as("admin").get("/api/v1/kpis?period=DECADE"))).isEqualTo("period");
		assertThat(field(api.as("admin").get("/api/v1/kpis?from=2026-01-01"))).isEqualTo("to");
		assertThat(field(api.as("admin").get("/api/v1/kpis?from=2026-02-01&to=2026-01-01"))).isEqualTo("to");
		assertThat(field(api.as("admin").get("/api/v1/kpis?from=2026-13-01&to=2026-12-31"))).isEqualTo("from");
		assertThat(field(api.as("admin").get("/api/v1/kpis?basis=PER_CAPITA"))).isEqualTo("basis");
		assertThat(api.as("admin").get("/api/v1/kpis?orgUnit=NOWHERE").status()).isEqualTo(404);
	}

	@Test
	void administratorsChangeTheDefinitionsAsANewAuditedVersion() {
		int before = api.as("admin").get("/api/v1/kpis/definitions").body().get("current").get("version").asInt();

		var changed = api.as("admin").put("/api/v1/kpis/definitions", Api.json("targets",
				java.util.Map.of("SATISFACTION_RATE", "0.92"), "reason", "年度考核口径"));
		var refused = api.as("zhao.manager").put("/api/v1/kpis/definitions", Api.json("reason", "x"));
		var unknown = api.as("admin").put("/api/v1/kpis/definitions", Api.json("targets",
				java.util.Map.of("HAPPINESS", "1"), "reason", "x"));

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.body().get("version").asInt()).isEqualTo(before + 1);
		assertThat(changed.body().get("targets").get("SATISFACTION_RATE").decimalValue()).isEqualByComparingTo("0.92");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=kpi_definition&entityId=" + (before + 1)).text())
			.contains("kpi.definitions-changed");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(field(unknown)).isEqualTo("targets.HAPPINESS");
		api.as("admin").put("/api/v1/kpis/definitions", Api.json("targets", java.util.Map.of("SATISFACTION_RATE", "0.90"),
				"reason", "恢复默认"));
	}

	static String field(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		return response.body().get("errors").get(0).get("field").asString();
	}
}
