package org.clientcare.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AssignmentTest {

	@Autowired
	Api api;

	TestStaff staff() {
		return new TestStaff(api);
	}

	Api.Response assign(String as, long customer, String manager, String source) {
		return api.as(as).put("/api/v1/customers/" + customer + "/manager",
				Api.json("managerUsername", manager, "reason", "分田到户", "source", source));
	}

	@Test
	void aBranchManagersQueueHoldsExactlyTheUnassignedCustomersOfItsUnits() {
		var staff = staff();
		String unit = staff.subBranch();
		String boss = staff.user("BRANCH_MANAGER", unit);
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		long first = staff.customer(unit, null);
		long second = staff.customer(unit, null);
		staff.customer(unit, manager);

		var queue = staff.as(boss).get("/api/v1/assignment/unassigned");
		assertThat(queue.body().get("totalElements").asLong()).isEqualTo(2);
		assertThat(queue.body().get("content").valueStream().map(c -> c.get("id").asLong())).containsExactly(first, second);

		assertThat(staff.as(boss).put("/api/v1/customers/" + first + "/manager", Api.json("managerUsername", manager,
				"reason", "就近服务", "source", "NATURAL")).status()).isEqualTo(200);
		assertThat(staff.as(boss).put("/api/v1/customers/" + second + "/manager", Api.json("managerUsername", manager,
				"reason", "就近服务", "source", "SELF_MARKETED")).status()).isEqualTo(200);

		assertThat(staff.as(boss).get("/api/v1/assignment/unassigned").body().get("totalElements").asLong()).isZero();
	}

	@Test
	void accountManagersAndServiceAgentsMayNotAssignCustomers() {
		// zhang.rm's own customer, which both see: a customer outside the caller's scope answers 404 (DataScopeTest)
		long customer = staff().customer("SH-PD", "zhang.rm");

		assertThat(assign("zhang.rm", customer, "li.rm", "NATURAL").status()).isEqualTo(403);
		assertThat(assign("wang.agent", customer, "li.rm", "NATURAL").status()).isEqualTo(403);
		assertThat(api.as("zhang.rm").get("/api/v1/assignment/unassigned").status()).isEqualTo(403);
	}

	@Test
	void complianceReadsTheWholeUnassignedQueueButAssignsNoOne() {
		var staff = staff();
		String unit = staff.subBranch();
		long waiting = staff.customer(unit, null);

		var queue = api.as("chen.compliance").get("/api/v1/assignment/unassigned");

		assertThat(queue.status()).as(queue.text()).isEqualTo(200);
		assertThat(org.clientcare.support.Pages.all(api.as("chen.compliance"), "/api/v1/assignment/unassigned").stream()
			.map(c -> c.get("id").asLong())).contains(waiting);
		assertThat(assign("chen.compliance", waiting, "li.rm", "NATURAL").status()).isEqualTo(403);
	}

	@Test
	void aCustomerOutsideTheBranchManagersUnitsDoesNotExistForIt() {
		var staff = staff();
		String unit = staff.subBranch();
		String boss = staff.user("BRANCH_MANAGER", unit);
		long elsewhere = staff.customer("SH-PD", null);

		var refused = staff.as(boss).put("/api/v1/customers/" + elsewhere + "/manager",
				Api.json("managerUsername", "zhang.rm", "reason", "越权", "source", "NATURAL"));

		assertThat(refused.status()).as(refused.text()).isEqualTo(404);
		assertThat(staff.as(boss).get("/api/v1/customers/" + elsewhere + "/assignments").status()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		long customer = staff().customer("SH-PD", null);
		String path = "/api/v1/customers/" + customer + "/manager";

		var badSource = api.as("zhao.manager").put(path, Api.json("managerUsername", "zhang.rm", "reason", "x",
				"source", "FRIENDS"));
		var noReason = api.as("zhao.manager").put(path, Api.json("managerUsername", "zhang.rm", "source", "NATURAL"));
		var wrongUnit = api.as("zhao.manager").put(path, Api.json("managerUsername", "li.rm", "reason", "x",
				"source", "NATURAL"));
		var notAManager = api.as("zhao.manager").put(path, Api.json("managerUsername", "wang.agent", "reason", "x",
				"source", "NATURAL"));

		assertThat(badSource.status()).isEqualTo(400);
		assertThat(badSource.body().get("errors").get(0).get("field").asString()).isEqualTo("source");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(wrongUnit.status()).isEqualTo(400);
		assertThat(wrongUnit.body().get("errors").get(0).get("field").asString()).isEqualTo("managerUsername");
		assertThat(notAManager.body().get("errors").get(0).get("field").asString()).isEqualTo("managerUsername");
		assertThat(api.as("zhao.manager").get("/api/v1/customers/" + customer).body().get("manager").isNull()).isTrue();
	}

	@Test
	void aReassignmentKeepsTheHistoryWithTheAttributionSharesOfItsSource() {
		var staff = staff();
		long customer = staff.customer("SH-PD", null);
		String colleague = staff.user("ACCOUNT_MANAGER", "SH-PD");

		var walkIn = assign("zhao.manager", customer, "zhang.rm", "NATURAL");
		var handover = assign("admin", customer, colleague, "HANDOVER");

		assertThat(walkIn.status()).as(walkIn.text()).isEqualTo(200);
		assertThat(walkIn.body().get("fromManager").isNull()).isTrue();
		assertThat(walkIn.body().get("attribution").get("depositShare").decimalValue()).isEqualByComparingTo("0.50");
		assertThat(handover.status()).as(handover.text()).isEqualTo(200);
		assertThat(handover.body().get("fromManager").asString()).isEqualTo("zhang.rm");
		assertThat(handover.body().get("toManager").asString()).isEqualTo(colleague);
		assertThat(handover.body().get("attribution").get("depositShare").decimalValue()).isEqualByComparingTo("0.60");
		assertThat(handover.body().get("attribution").get("nonDepositShare").decimalValue()).isEqualByComparingTo("0.80");
		assertThat(handover.body().get("attribution").get("incrementalOnly").asBoolean()).isTrue();
		assertThat(handover.body().get("assignedBy").asString()).isEqualTo("admin");

		var history = api.as("zhao.manager").get("/api/v1/customers/" + customer + "/assignments").body().get("content");
		assertThat(history.valueStream().map(a -> a.get("source").asString())).containsExactly("HANDOVER", "NATURAL");
		assertThat(history.get(1).get("reason").asString()).isEqualTo("分田到户");
		assertThat(api.as("zhao.manager").get("/api/v1/customers/" + customer).body().get("manager").asString())
			.isEqualTo(colleague);
		assertThat(assign("zhao.manager", customer, colleague, "NATURAL").status()).isEqualTo(409);
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text())
			.contains("customer.assigned", "customer.manager-changed", "HANDOVER");
	}

	@Test
	void aBulkReassignmentWaitsForACheckerOtherThanItsMakerAndIsAppliedOnApproval() {
		var staff = staff();
		String unit = staff.subBranch();
		String leaving = staff.user("ACCOUNT_MANAGER", unit);
		String taking = staff.user("ACCOUNT_MANAGER", unit);
		List<Long> book = List.of(staff.customer(unit, leaving), staff.customer(unit, leaving),
				staff.customer(unit, leaving));

		var requested = api.as("zhao.manager").post("/api/v1/assignment/bulk", Api.json("fromManager", leaving,
				"toManager", taking, "reason", "客户经理调岗", "source", "HANDOVER"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		assertThat(requested.body().get("type").asString()).isEqualTo("assignment.bulk");
		long request = requested.body().get("id").asLong();
		assertThat(api.as("admin").get("/api/v1/customers/" + book.get(0)).body().get("manager").asString())
			.isEqualTo(leaving);

		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", null).status())
			.isEqualTo(403);
		assertThat(api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", null).status())
			.as("compliance sees the request but does not decide reassignments").isEqualTo(403);
		var approved = api.as("admin").post("/api/v1/approvals/" + request + "/approve",
				Api.json("note", "同意"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);

		for (long customer : book) {
			assertThat(api.as("admin").get("/api/v1/customers/" + customer).body().get("manager").asString())
				.isEqualTo(taking);
			var last = api.as("admin").get("/api/v1/customers/" + customer + "/assignments").body().at("/content/0");
			assertThat(last.get("approvalId").asLong()).isEqualTo(request);
			assertThat(last.get("assignedBy").asString()).isEqualTo("zhao.manager");
			assertThat(last.get("attribution").get("depositShare").decimalValue()).isEqualByComparingTo("0.60");
		}
		assertThat(api.as("zhao.manager").get("/api/v1/assignment/managers/" + leaving).body().get("customers").asLong())
			.isZero();
		assertThat(api.as("zhang.rm").post("/api/v1/assignment/bulk", Api.json("fromManager", taking, "toManager",
				leaving, "reason", "x", "source", "HANDOVER")).status()).isEqualTo(403);
	}

	@Test
	void aManagerWith41CreditCustomersIsGradeAAndWith40GradeB() {
		var staff = staff();
		String unit = staff.subBranch();
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		List<Long> customers = new ArrayList<>();
		for (int i = 0; i < 41; i++) {
			long customer = staff.customer(unit, manager);
			customers.add(customer);
			var line = api.as("admin").put("/api/v1/customers/" + customer + "/credit-line",
					Api.json("amount", "500000.00"));
			assertThat(line.status()).as(line.text()).isEqualTo(200);
		}

		var gradeA = api.as("zhao.manager").get("/api/v1/assignment/managers/" + manager).body();
		api.as("zhao.manager").put("/api/v1/customers/" + customers.get(0) + "/credit-line", Api.json("amount", 0));
		var gradeB = api.as("zhao.manager").get("/api/v1/assignment/managers/" + manager).body();

		assertThat(gradeA.get("creditCustomers").asLong()).isEqualTo(41);
		assertThat(gradeA.get("grade").asString()).isEqualTo("A");
		assertThat(gradeB.get("creditCustomers").asLong()).isEqualTo(40);
		assertThat(gradeB.get("customers").asLong()).isEqualTo(41);
		assertThat(gradeB.get("grade").asString()).isEqualTo("B");
	}

	@Test
	void creditLinesAreSetByBranchManagersAndAdministratorsWithinScope() {
		long customer = staff().customer("SH-PD", "zhang.rm");
		String path = "/api/v1/customers/" + customer + "/credit-line";

		assertThat(api.as("zhang.rm").put(path, Api.json("amount", "100000")).status()).isEqualTo(403);
		var negative = api.as("zhao.manager").put(path, Api.json("amount", "-1"));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		assertThat(api.as("zhao.manager").put("/api/v1/customers/999999999/credit-line", Api.json("amount", "1"))
			.status()).isEqualTo(404);
		var set = api.as("zhao.manager").put(path, Api.json("amount", "250000.5"));
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		assertThat(set.body().get("amount").decimalValue()).isEqualByComparingTo("250000.50");
	}
}
