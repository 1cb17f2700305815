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

	private static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
	}
}
