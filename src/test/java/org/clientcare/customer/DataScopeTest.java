package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DataScopeTest {

	@Autowired
	Api api;

	long zhangsCustomer;

	String zhangsPhone;

	@BeforeEach
	void zhangHasACustomer() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		zhangsPhone = (String) body.get("phone");
		zhangsCustomer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
	}

	@Test
	void anAccountManagerListsOnlyItsOwnCustomersWithPiiMasked() {
		api.as("li.rm").post("/api/v1/customers", TestCustomers.individual("SH-XH", "li.rm"));

		var page = api.as("zhang.rm").get("/api/v1/customers?size=500");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("totalElements").asLong()).isPositive();
		assertThat(page.body().get("content").valueStream()).allSatisfy(c -> {
			assertThat(c.get("manager").asString()).isEqualTo("zhang.rm");
			// a resident ID keeps 8 of its 18 characters hidden, a passport number fewer: each hides a run of them
			assertThat(c.get("idNumber").asString()).contains("****");
			assertThat(c.get("phone").isNull() || c.get("phone").asString().contains("****")).isTrue();
		});
	}

	@Test
	void anotherAccountManagerDoesNotFindTheCustomerAtAll() {
		assertThat(api.as("li.rm").get("/api/v1/customers/" + zhangsCustomer).status()).isEqualTo(404);
		assertThat(api.as("li.rm").patch("/api/v1/customers/" + zhangsCustomer, Api.json("occupation", "x"), "\"0\"")
			.status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/customers/" + zhangsCustomer + "/pii-reveal", Api.json("reason", "look"))
			.status()).isEqualTo(404);
		assertThat(api.as("li.rm").get("/api/v1/customers?query=" + zhangsPhone).body().get("totalElements").asLong())
			.isZero();
	}

	/**
	 * SPEC §1: a customer outside the caller's scope answers 404 whatever the step, even one its role may never take;
	 * reassigning, overriding a tier, opening a case, recording a visit, registering an inquiry, using an entitlement
	 * and revealing personal information answered 403 first, telling the caller that the customer exists.
	 */
	@Test
	void everyStepOnACustomerOutsideTheCallersScopeAnswers404WhateverTheRole() {
		String customer = "/api/v1/customers/" + zhangsCustomer;
		for (String user : new String[] { "li.rm", "liu.handler" }) {
			var steps = java.util.List.of(
					api.as(user).put(customer + "/manager", Api.json("managerUsername", "li.rm", "reason", "调整分管",
							"source", "HANDOVER")),
					api.as(user).post(customer + "/tier-override", Api.json("tier", "GOLD", "reason", "战略客户")),
					api.as(user).post("/api/v1/cases", Api.json("customerId", zhangsCustomer, "type", "LOAN_APPLICATION",
							"title", "房贷申请")),
					api.as(user).post("/api/v1/visits", Api.json("customerId", zhangsCustomer, "kind", "ROUTINE", "method",
							"PHONE", "occurredAt", "2026-01-05T10:00:00+08:00", "purpose", "回访", "summary", "了解需求")),
					api.as(user).post("/api/v1/inquiries", Api.json("customerId", zhangsCustomer, "name", "客户", "contact",
							zhangsPhone, "channel", "HOTLINE", "question", "理财怎么买？")),
					api.as(user).post(customer + "/entitlements/PRIORITY_SERVICE/uses", Api.json("note", "贵宾厅")),
					api.as(user).post(customer + "/pii-reveal", Api.json("reason", "核实身份")));

			assertThat(steps).as(user).allSatisfy(step -> assertThat(step.status()).as(step.toString()).isEqualTo(404));
		}
	}

	@Test
	void aSearchByATierNoSchemeHasIsRefusedNamingTheTier() {
		var unknown = api.as("zhang.rm").get("/api/v1/customers?tier=GOLDEN");
		var known = api.as("zhang.rm").get("/api/v1/customers?tier=gold&size=1");

		assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
		assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("tier");
		assertThat(known.status()).isEqualTo(200);
	}

	@Test
	void theBranchManagerSeesTheCustomersOfItsSubBranches() {
		api.as("li.rm").post("/api/v1/customers", TestCustomers.individual("SH-XH", "li.rm"));

		var seen = api.as("zhao.manager").get("/api/v1/customers/" + zhangsCustomer);
		assertThat(seen.status()).as(seen.text()).isEqualTo(200);
		var xuhui = api.as("zhao.manager").get("/api/v1/customers?orgUnit=SH-XH&size=5");
		assertThat(xuhui.body().get("content").valueStream().map(c -> c.get("orgUnit").asString())).containsOnly("SH-XH");
	}

	@Test
	void aServiceAgentSeesTheCustomerMaskedAndMayNotRevealIt() {
		var seen = api.as("wang.agent").get("/api/v1/customers/" + zhangsCustomer);

		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body().get("phone").asString()).contains("****").isNotEqualTo(zhangsPhone);
		assertThat(api.as("wang.agent").post("/api/v1/customers/" + zhangsCustomer + "/pii-reveal",
				Api.json("reason", "caller asked")).status()).isEqualTo(403);
	}

	@Test
	void complianceRevealsWithAReasonAndTheAuditTrailShowsIt() {
		var revealed = api.as("chen.compliance").post("/api/v1/customers/" + zhangsCustomer + "/pii-reveal",
				Api.json("reason", "complaint review 2026-118"));

		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.body().get("phone").asString()).isEqualTo(zhangsPhone);
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + zhangsCustomer);
		assertThat(trail.body().get("content").valueStream())
			.anySatisfy(entry -> {
				assertThat(entry.get("action").asString()).isEqualTo("customer.pii-revealed");
				assertThat(entry.get("actor").asString()).isEqualTo("chen.compliance");
				assertThat(entry.get("reason").asString()).isEqualTo("complaint review 2026-118");
			});
		assertThat(trail.text()).doesNotContain(zhangsPhone);
	}

	@Test
	void aRevealWithoutAReasonIsRefused() {
		var refused = api.as("chen.compliance").post("/api/v1/customers/" + zhangsCustomer + "/pii-reveal", Api.json());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
	}

	@Test
	void theIntegrationUserReadsNoCustomers() {
		assertThat(api.as("core.feed").get("/api/v1/customers/" + zhangsCustomer).status()).isEqualTo(403);
	}

	@Test
	void theAuditTrailIsForComplianceOnly() {
		assertThat(api.as("zhang.rm").get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/audit").status()).isEqualTo(401);
	}
}
