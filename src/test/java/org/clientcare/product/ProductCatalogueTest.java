package org.clientcare.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProductCatalogueTest {

	@Autowired
	Api api;

	@Test
	void administratorsAddAndChangeProductsWithOptimisticLockingAndOthersMayNot() {
		var added = api.as("admin").put("/api/v1/products/FUND-T1", Api.json("nameZh", "测试基金", "nameEn", "Test fund",
				"type", "FUND", "riskLevel", "R3"));
		var stale = api.send("PUT", "/api/v1/products/FUND-T1", Api.json("nameZh", "测试基金", "nameEn", "Test fund",
				"type", "FUND", "riskLevel", "R4"), java.util.Map.of("Authorization", basic("admin"), "If-Match", "\"7\""));
		var changed = api.send("PUT", "/api/v1/products/FUND-T1", Api.json("nameZh", "测试基金", "nameEn", "Test fund",
				"type", "FUND", "riskLevel", "R4"), java.util.Map.of("Authorization", basic("admin"), "If-Match", added.header("ETag")));
		var byManager = api.as("zhang.rm").put("/api/v1/products/FUND-T1", Api.json("nameZh", "x", "nameEn", "x",
				"type", "FUND", "riskLevel", "R1"));
		var badLevel = api.as("admin").put("/api/v1/products/FUND-T2", Api.json("nameZh", "x", "nameEn", "x",
				"type", "FUND", "riskLevel", "R9"));

		assertThat(added.status()).as(added.text()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(changed.body().get("riskLevel").asString()).isEqualTo("R4");
		assertThat(byManager.status()).isEqualTo(403);
		assertThat(badLevel.body().get("errors").get(0).get("field").asString()).isEqualTo("riskLevel");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=product&entityId=FUND-T1").body()
			.get("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void anInsuranceProductTakesTheHesitationPeriodAndDualRecordingDutiesByDefaultAndAnAdministratorChangesThem() {
		var byDefault = api.as("admin").put("/api/v1/products/INS-T1", Api.json("nameZh", "测试寿险", "nameEn",
				"Test life policy", "type", "INSURANCE", "riskLevel", "R2")).body();
		var investmentLinked = api.as("admin").put("/api/v1/products/INS-T2", Api.json("nameZh", "测试投连险", "nameEn",
				"Test unit-linked policy", "type", "INSURANCE", "riskLevel", "R4", "hesitationDays", 10,
				"hesitationDayCount", "WORKING", "dualRecording", "ALWAYS"));
		var fund = api.as("admin").put("/api/v1/products/FUND-T3", Api.json("nameZh", "测试基金", "nameEn", "Test fund",
				"type", "FUND", "riskLevel", "R3")).body();
		var tooLong = api.as("admin").put("/api/v1/products/INS-T3", Api.json("nameZh", "x", "nameEn", "x",
				"type", "INSURANCE", "riskLevel", "R2", "hesitationDays", 90));
		var revisitWithoutPeriod = api.as("admin").put("/api/v1/products/INS-T3", Api.json("nameZh", "x", "nameEn", "x",
				"type", "INSURANCE", "riskLevel", "R2", "hesitationDays", 0, "hesitationRevisit", true));

		assertThat(byDefault.get("hesitationDays").asInt()).isEqualTo(15);
		assertThat(byDefault.get("hesitationDayCount").asString()).isEqualTo("CALENDAR");
		assertThat(byDefault.get("hesitationRevisit").asBoolean()).isTrue();
		assertThat(byDefault.get("dualRecording").asString()).isEqualTo("AGE_60_PLUS");
		assertThat(investmentLinked.status()).as(investmentLinked.text()).isEqualTo(200);
		assertThat(investmentLinked.body().get("hesitationDays").asInt()).isEqualTo(10);
		assertThat(investmentLinked.body().get("hesitationDayCount").asString()).isEqualTo("WORKING");
		assertThat(investmentLinked.body().get("dualRecording").asString()).isEqualTo("ALWAYS");
		assertThat(fund.get("hesitationDays").asInt()).isZero();
		assertThat(fund.get("dualRecording").asString()).isEqualTo("NONE");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().get("errors").get(0).get("field").asString()).isEqualTo("hesitationDays");
		assertThat(revisitWithoutPeriod.status()).isEqualTo(400);
		assertThat(revisitWithoutPeriod.body().get("errors").get(0).get("field").asString()).isEqualTo("hesitationRevisit");
		assertThat(api.as("zhang.rm").get("/api/v1/products/INS-01").body().get("hesitationDays").asInt()).isEqualTo(15);
	}

	private static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
	}
}
