package org.clientcare.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maker-checker at its edges: twenty managers asking at once, and checkers of another branch. */
@IntegrationTest
class ApprovalRacesAndScopeTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	long customer() {
		var created = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	long pendingOverrides(long customer) {
		return jdbc.sql("select count(*) from approval_request where type = 'tiering.override' and subject_type = 'customer'"
				+ " and subject_id = ? and status = 'PENDING'").param(Long.toString(customer)).query(Long.class).single();
	}

	@Test
	void twentyParallelOverrideRequestsForOneCustomerLeaveExactlyOnePendingAndTheOthersAnswer409() throws Exception {
		long customer = customer();
		String path = "/api/v1/customers/" + customer + "/tier-override";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Api.Response>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				String who = i % 2 == 0 ? "zhang.rm" : "zhao.manager";
				answers.add(pool.submit(() -> {
					start.await();
					return api.as(who).post(path, Api.json("tier", "DIAMOND", "reason", "战略客户"));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				Api.Response response = answer.get();
				statuses.add(response.status());
				if (response.status() == 409) {
					assertThat(response.contentType()).startsWith("application/problem+json");
				}
			}

			assertThat(statuses).as("one request wins, the others are told one waits already").containsOnly(202, 409);
			assertThat(statuses.stream().filter(s -> s == 202)).hasSize(1);
			assertThat(pendingOverrides(customer)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCheckerOfAnotherBranchFindsNoRequestOfThisOneToDecide() {
		long customer = customer();
		var requested = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long request = requested.body().get("id").asLong();
		TestStaff staff = new TestStaff(api);
		String branch = "BR" + (System.nanoTime() % 1_000_000);
		assertThat(api.as("admin").post("/api/v1/org-units", Api.json("code", branch, "nameZh", "北京分行", "nameEn",
				"Beijing branch", "kind", "BRANCH", "parent", "HQ")).status()).isEqualTo(201);
		Api otherManager = staff.as(staff.user("BRANCH_MANAGER", branch));

		var approve = otherManager.post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		var reject = otherManager.post("/api/v1/approvals/" + request + "/reject", Api.json("note", "不同意"));

		assertThat(approve.status()).as(approve.text()).isEqualTo(404);
		assertThat(reject.status()).as(reject.text()).isEqualTo(404);
		assertThat(approve.contentType()).startsWith("application/problem+json");
		assertThat(otherManager.post("/api/v1/approvals/999999999/approve", Api.json()).status())
			.as("as for a request that does not exist").isEqualTo(404);
		assertThat(api.as("zhang.rm").post("/api/v1/approvals/" + request + "/approve", Api.json()).status())
			.as("the maker sees its request but may not decide it").isEqualTo(403);
		assertThat(pendingOverrides(customer)).isEqualTo(1);
		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json()).status())
			.isEqualTo(200);
	}

	@Test
	void complianceSeesATierOverrideButMayNotDecideItSoItIsRefusedWith403WhileAServiceAgentFindsNothing() {
		long customer = customer();
		var requested = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long request = requested.body().get("id").asLong();

		var seen = api.as("chen.compliance").get("/api/v1/approvals/" + request);
		var approve = api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		var reject = api.as("chen.compliance").post("/api/v1/approvals/" + request + "/reject", Api.json("note", "不同意"));

		assertThat(seen.status()).as(seen.text()).isEqualTo(200);
		assertThat(approve.status()).as(approve.text()).isEqualTo(403);
		assertThat(reject.status()).as(reject.text()).isEqualTo(403);
		assertThat(approve.contentType()).startsWith("application/problem+json");
		assertThat(api.as("wang.agent").post("/api/v1/approvals/" + request + "/approve", Api.json()).status())
			.as("a role that takes no part in approvals does not see the request").isEqualTo(404);
		assertThat(pendingOverrides(customer)).isEqualTo(1);
	}

	@Test
	void aBranchManagerWhoSeesACampaignOfItsSubtreeButDoesNotDecideCampaignsIsRefusedWith403() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		Api maker = staff.as(staff.user("BRANCH_MANAGER", unit));
		var campaign = maker.post("/api/v1/campaigns", Api.json("name", "理财讲座预告", "purpose", "SERVICE", "channel", "SMS",
				"segment", Api.json("orgUnits", List.of(unit), "tiers", List.of("DIAMOND")), "template", "欢迎参加理财讲座。"));
		assertThat(campaign.status()).as(campaign.text()).isEqualTo(201);
		var submitted = maker.post("/api/v1/campaigns/" + campaign.body().get("id").asLong() + "/submit",
				Api.json("reason", "合规审核"));
		assertThat(submitted.status()).as(submitted.text()).isLessThan(300);
		long request = submitted.body().get("id").asLong();

		var approve = api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));

		assertThat(approve.status()).as("zhao.manager (SH) sees the campaign of a sub-branch of SH: " + approve.text()).isEqualTo(403);
		assertThat(api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"))
			.status()).as("compliance decides campaigns").isEqualTo(200);
	}
}
