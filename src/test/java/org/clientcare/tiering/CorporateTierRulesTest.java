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

/**
 * The corporate rules of the bank regulations through the API: the standing set on the customer, the tier following
 * it at once with the rule named, the settings switching a rule off, and bad input refused naming the field.
 */
@IntegrationTest
class CorporateTierRulesTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	long corporate() {
		Map<String, Object> body = TestCustomers.corporate("SH-PD");
		body.put("relationshipSince", TODAY.minusYears(2).toString());
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	void goldFigures(long customer) {
		var recorded = api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", "0", "avgDailyDeposits", "5000000"));
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
	}

	Api.Response standing(long customer, Map<String, Object> body) {
		return api.as("zhang.rm").patch("/api/v1/customers/" + customer, body, "*");
	}

	JsonNode tier(long customer) {
		var answer = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/tier");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	@Test
	void aFortuneGlobal500CorporateMeetingGoldIsTieredPlatinumWithTheRuleNamedInItsExplanation() {
		long customer = corporate();
		goldFigures(customer);
		assertThat(tier(customer).get("tier").asString()).isEqualTo("GOLD");

		var changed = standing(customer, Api.json("fortuneGlobal500", true));

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.body().get("fortuneGlobal500").asBoolean()).isTrue();
		assertThat(changed.body().get("chinaTop500").asBoolean()).isFalse();
		JsonNode platinum = tier(customer);
		assertThat(platinum.get("tier").asString()).isEqualTo("PLATINUM");
		assertThat(platinum.get("explanation").get("rule").asString()).isEqualTo("corporate.fortune-global-500");
		assertThat(platinum.get("explanation").get("inputs").get("fortuneGlobal500").asBoolean()).isTrue();
		assertThat(platinum.get("explanation").get("words").toString()).containsAnyOf("Fortune Global 500", "世界500强");
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer);
		assertThat(trail.text()).contains("customer.changed", "fortuneGlobal500");
	}

	@Test
	void aBankBranchIsGoldAndLosesItWhenTheFlagIsRemoved() {
		long customer = corporate();
		api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics",
				Api.json("asOf", TODAY.toString(), "aum", "0", "avgDailyDeposits", "600000"));

		assertThat(standing(customer, Api.json("bankBranch", "STATE_CONTROLLED")).status()).isEqualTo(200);
		assertThat(tier(customer).get("explanation").get("rule").asString()).isEqualTo("corporate.bank-branch");
		assertThat(tier(customer).get("tier").asString()).isEqualTo("GOLD");

		assertThat(standing(customer, Api.json("bankBranch", null)).status()).isEqualTo(200);
		assertThat(tier(customer).get("tier").asString()).isEqualTo("SILVER");
	}

	@Test
	void theStandingIsForCorporatesOnlyAndRefusedNamingTheFieldWhenMalformed() {
		var individual = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		long person = individual.body().get("id").asLong();
		long customer = corporate();

		var notCorporate = standing(person, Api.json("chinaTop500", true));
		var notBoolean = standing(customer, Api.json("fortuneGlobal500", "yes"));
		var unknownBank = standing(customer, Api.json("bankBranch", "CENTRAL"));

		assertThat(notCorporate.status()).isEqualTo(400);
		assertThat(notCorporate.contentType()).startsWith("application/problem+json");
		assertThat(notCorporate.body().get("errors").get(0).get("field").asString()).isEqualTo("chinaTop500");
		assertThat(notBoolean.status()).isEqualTo(400);
		assertThat(notBoolean.body().get("errors").get(0).get("field").asString()).isEqualTo("fortuneGlobal500");
		assertThat(unknownBank.status()).isEqualTo(400);
		assertThat(unknownBank.body().get("errors").get(0).get("field").asString()).isEqualTo("bankBranch");
		assertThat(individual.body().has("fortuneGlobal500")).isFalse();
	}

	@Test
	void aRuleTurnedOffInTheSettingsNoLongerAppliesInTheNightlyRun() {
		long customer = corporate();
		goldFigures(customer);
		standing(customer, Api.json("fortuneGlobal500", true));
		JsonNode current = api.as("admin").get("/api/v1/tiering/settings").body();
		Map<String, Object> off = TieringApiTest.settings(current);
		off.put("fortuneGlobal500Platinum", false);
		try {
			var saved = api.as("admin").put("/api/v1/tiering/settings?reason=review", off);
			assertThat(saved.status()).as(saved.text()).isEqualTo(200);
			assertThat(saved.body().get("fortuneGlobal500Platinum").asBoolean()).isFalse();
			assertThat(api.as("admin").post("/api/v1/jobs/tiering/run", null).status()).isEqualTo(200);

			assertThat(tier(customer).get("tier").asString()).isEqualTo("GOLD");
			assertThat(tier(customer).get("explanation").get("thresholds").get("fortuneGlobal500Platinum").asBoolean())
				.isFalse();
		}
		finally {
			api.as("admin").put("/api/v1/tiering/settings?reason=restore", TieringApiTest.settings(current));
			api.as("admin").post("/api/v1/jobs/tiering/run", null);
		}
		assertThat(tier(customer).get("tier").asString()).isEqualTo("PLATINUM");
	}
}
