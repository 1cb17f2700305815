package org.clientcare.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Entitlements over the API: they follow the tier the figures give, each with its yearly quota and balance; a use
 * beyond the quota waits for a checker other than its maker; a downgrade withdraws what the lower tier lacks.
 */
@IntegrationTest
class EntitlementApiTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	long individual() {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	void aum(long customer, String aum) {
		var figures = api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", aum));
		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
	}

	JsonNode entitlements(long customer) {
		var answer = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlements");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	JsonNode entitlement(long customer, String code) {
		return entitlements(customer).valueStream().filter(e -> e.get("code").asString().equals(code)).findFirst()
			.orElse(null);
	}

	Api.Response use(String user, long customer, String code, String note) {
		return api.as(user).post("/api/v1/customers/" + customer + "/entitlements/" + code + "/uses",
				note == null ? Api.json() : Api.json("note", note));
	}

	@Test
	void aCustomerUpgradedToDiamondHoldsTheDiamondEntitlementsWithTheirYearlyQuotas() {
		long customer = individual();
		assertThat(entitlements(customer)).isEmpty();

		aum(customer, "6000000.00");

		await().until(() -> entitlements(customer).size(), size -> size == 8);
		JsonNode lounge = entitlement(customer, "AIRPORT_LOUNGE");
		assertThat(lounge.get("name").asString()).isIn("机场贵宾厅", "Airport lounge visits");
		assertThat(lounge.get("year").asInt()).isEqualTo(TODAY.getYear());
		assertThat(lounge.get("quota").asInt()).isEqualTo(12);
		assertThat(lounge.get("used").asInt()).isZero();
		assertThat(lounge.get("remaining").asInt()).isEqualTo(12);
		assertThat(entitlement(customer, "DEDICATED_ADVISOR").get("quota").isNull()).isTrue();
	}

	@Test
	void aDowngradeWithdrawsTheEntitlementsTheLowerTierDoesNotCarry() {
		long customer = individual();
		aum(customer, "6000000.00");
		await().until(() -> entitlements(customer).size(), size -> size == 8);

		aum(customer, "200000.00");

		await().until(() -> entitlements(customer).size(), size -> size == 4);
		assertThat(entitlements(customer).valueStream().map(e -> e.get("code").asString()).toList())
			.containsExactly("PRIORITY_SERVICE", "FEE_WAIVER", "EVENT_INVITATION", "GREETING_GIFT");
		var refused = use("zhang.rm", customer, "AIRPORT_LOUNGE", null);
		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
	}

	@Test
	void aUseBeyondTheQuotaWaitsForACheckerWhoIsNotItsMakerAndCountsOnceApproved() {
		long customer = individual();
		aum(customer, "1000000.00");
		await().until(() -> entitlement(customer, "HEALTH_CHECK") != null);

		var first = use("zhang.rm", customer, "HEALTH_CHECK", "年度体检");
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(first.body().get("status").asString()).isEqualTo("RECORDED");
		assertThat(entitlement(customer, "HEALTH_CHECK").get("remaining").asInt()).isZero();

		var withoutReason = use("zhang.rm", customer, "HEALTH_CHECK", null);
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.text()).contains("\"field\":\"note\"");

		var beyond = use("zhang.rm", customer, "HEALTH_CHECK", "客户术后复查");
		assertThat(beyond.status()).as(beyond.text()).isEqualTo(202);
		assertThat(beyond.body().get("status").asString()).isEqualTo("PENDING_APPROVAL");
		long request = beyond.body().get("approvalId").asLong();
		assertThat(entitlement(customer, "HEALTH_CHECK").get("pending").asInt()).isEqualTo(1);
		assertThat(entitlement(customer, "HEALTH_CHECK").get("used").asInt()).isEqualTo(1);

		assertThat(api.as("zhang.rm").post("/api/v1/approvals/" + request + "/approve", Api.json()).status()).isEqualTo(403);
		var approved = api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);

		JsonNode check = entitlement(customer, "HEALTH_CHECK");
		assertThat(check.get("used").asInt()).isEqualTo(2);
		assertThat(check.get("pending").asInt()).isZero();
		assertThat(check.get("remaining").asInt()).isZero();
		var uses = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlement-uses").body().get("content");
		assertThat(uses.valueStream().map(u -> u.get("status").asString()).toList())
			.containsExactlyInAnyOrder("RECORDED", "RECORDED");
	}

	@Test
	void aRejectedUseBeyondTheQuotaCountsForNothing() {
		long customer = individual();
		aum(customer, "1000000.00");
		await().until(() -> entitlement(customer, "HEALTH_CHECK") != null);
		assertThat(use("wang.agent", customer, "HEALTH_CHECK", null).status()).isEqualTo(201);
		long request = use("wang.agent", customer, "HEALTH_CHECK", "再约一次").body().get("approvalId").asLong();

		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + request + "/reject", Api.json("note", "额度已满"))
			.status()).isEqualTo(200);

		assertThat(entitlement(customer, "HEALTH_CHECK").get("used").asInt()).isEqualTo(1);
		var uses = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlement-uses").body().get("content");
		assertThat(uses.valueStream().map(u -> u.get("status").asString()).toList())
			.containsExactlyInAnyOrder("RECORDED", "REJECTED");
	}

	@Test
	void aCustomerOutsideTheCallersScopeIsNotFoundAndAnUnknownEntitlementIsNamed() {
		long customer = individual();

		assertThat(api.as("li.rm").get("/api/v1/customers/" + customer + "/entitlements").status()).isEqualTo(404);
		assertThat(use("li.rm", customer, "PRIORITY_SERVICE", null).status()).isEqualTo(404);
		var unknown = use("zhang.rm", customer, "SPA", null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("\"field\":\"code\"");
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlements?year=1900").status())
			.isEqualTo(400);
		assertThat(List.of(use("zhang.rm", customer, "PRIORITY_SERVICE", null).status())).containsExactly(409);
	}
}
