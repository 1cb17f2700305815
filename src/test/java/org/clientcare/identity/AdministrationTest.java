package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AdministrationTest {

	@Autowired
	Api api;

	@Test
	void anAdministratorAddsASubBranchAndAnAccountManagerWhoCanThenSignIn() {
		String suffix = Long.toString(System.nanoTime() % 100_000);
		var unit = api.as("admin").post("/api/v1/org-units", Api.json("code", "SH-JA" + suffix, "nameZh", "静安支行",
				"nameEn", "Jing'an sub-branch", "kind", "SUB_BRANCH", "parent", "SH"));
		var user = api.as("admin").post("/api/v1/users", Api.json("username", "wu.rm" + suffix, "displayName", "吴磊",
				"role", "ACCOUNT_MANAGER", "orgUnit", "SH-JA" + suffix, "password", "a-long-password"));

		assertThat(unit.status()).as(unit.text()).isEqualTo(201);
		assertThat(user.status()).as(user.text()).isEqualTo(201);
		assertThat(user.text()).doesNotContain("a-long-password", "password");
		assertThat(api.as("wu.rm" + suffix, "a-long-password").get("/api/v1/customers").status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=user").text()).contains("wu.rm" + suffix);
	}

	@Test
	void onlyAdministratorsManageUsersAndUnitsAndTheTreeRulesHold() {
		assertThat(api.as("zhao.manager").post("/api/v1/users", Api.json("username", "x.rm", "displayName", "x",
				"role", "ADMIN", "orgUnit", "SH", "password", "a-long-password")).status()).isEqualTo(403);
		assertThat(api.as("zhao.manager").get("/api/v1/users").status()).isEqualTo(403);
		var subBranchBelowHeadOffice = api.as("admin").post("/api/v1/org-units", Api.json("code", "BAD-1", "nameZh", "错",
				"nameEn", "Wrong", "kind", "SUB_BRANCH", "parent", "HQ"));
		assertThat(subBranchBelowHeadOffice.status()).isEqualTo(400);
		assertThat(subBranchBelowHeadOffice.body().get("errors").get(0).get("field").asString()).isEqualTo("parent");
		var shortPassword = api.as("admin").post("/api/v1/users", Api.json("username", "short.pw", "displayName", "x",
				"role", "SERVICE_AGENT", "orgUnit", "CSD", "password", "short"));
		assertThat(shortPassword.status()).isEqualTo(400);
	}

	@Test
	void everyStaffMemberReadsTheOrgUnitTree() {
		var units = Pages.all(api.as("wang.agent"), "/api/v1/org-units");

		assertThat(units.stream().map(u -> u.get("code").asString())).contains("HQ", "SH", "SH-PD", "SH-XH",
				"CSD", "WMD", "CMP");
	}
}
