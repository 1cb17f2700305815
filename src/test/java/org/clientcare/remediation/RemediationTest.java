package org.clientcare.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * After an insurance sale: the hesitation-period revisit answers the regulator's script, a mis-selling finding opens a
 * remediation that the seller can neither be assigned nor resolve, a refund goes to the compensation approval, an
 * overdue one goes to compliance, and an unreachable customer gets the SMS fallback.
 */
@IntegrationTest
class RemediationTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long customerOfZhangWithAnInsurancePolicy() {
		var body = TestCustomers.bornOn(LocalDate.now().minusYears(62).minusDays(30), "SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		var sale = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "30000.00", "occurredAt",
				OffsetDateTime.now().minusHours(1).toString()));
		assertThat(sale.status()).as(sale.text()).isEqualTo(201);
		return customer;
	}

	long hesitationRevisitOf(long customer) {
		return await().until(() -> api.as("zhang.rm").get("/api/v1/revisits?customerId=" + customer).body().get("content")
			.valueStream().filter(r -> !r.get("hesitationEndsOn").isNull()).findFirst(), java.util.Optional::isPresent)
			.orElseThrow().get("id").asLong();
	}

	static Map<String, Object> script(boolean returnsPromised) {
		Map<String, Object> script = new LinkedHashMap<>();
		for (String item : new String[] { "IDENTITY_CONFIRMED", "PRODUCT_UNDERSTOOD", "RISK_AND_FEES_EXPLAINED",
				"HESITATION_RIGHTS_EXPLAINED", "SIGNATURE_CONFIRMED" }) {
			script.put(item, true);
		}
		script.put("NO_RETURNS_PROMISED", !returnsPromised);
		return script;
	}

	JsonNode remediationOf(long customer) {
		return await().until(() -> api.as("zhao.manager").get("/api/v1/remediations?customerId=" + customer).body()
			.get("content"), content -> content.size() == 1).get(0);
	}

	@Test
	void aRevisitInsideTheHesitationPeriodAnswersTheWholeScript() {
		long revisit = hesitationRevisitOf(customerOfZhangWithAnInsurancePolicy());

		var without = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true, "satisfaction", 5));
		var half = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true, "script", Map.of("IDENTITY_CONFIRMED", true)));
		var done = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true, "satisfaction", 5, "script", script(false)));

		assertThat(without.status()).isEqualTo(400);
		assertThat(without.text()).contains("\"script\"");
		assertThat(half.status()).isEqualTo(400);
		assertThat(done.status()).as(done.text()).isEqualTo(200);
		assertThat(done.body().get("scriptConfirmed").size()).isEqualTo(6);
		assertThat(done.body().get("misSelling").size()).isZero();
	}

	@Test
	void aMisSellingOutcomeOpensARemediationThatTheSellerCannotBeAssignedNorResolveAndItsRefundIsApproved() {
		long customer = customerOfZhangWithAnInsurancePolicy();
		long revisit = hesitationRevisitOf(customer);
		var found = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true, "script", script(true), "notes", "客户称销售承诺年化5%"));
		assertThat(found.body().get("misSelling").get(0).asString()).isEqualTo("RETURNS_PROMISED");

		JsonNode opened = remediationOf(customer);
		long id = opened.get("id").asLong();
		// the remediation is a dispute about the sale: its dual recording is held while it is open
		long sale = opened.get("transactionId").asLong();
		await().until(() -> api.as("admin").get("/api/v1/sale-recordings/" + sale).body().path("disputeOpen").asBoolean());
		assertThat(api.as("admin").get("/api/v1/sale-recordings/" + sale).body().get("keepUntil").isNull()).isTrue();
		String due = api.as("admin").get("/api/v1/calendar/working-days?from=" + LocalDate.now() + "&add=15").body()
			.get("date").asString();
		var toSeller = api.as("zhao.manager").post("/api/v1/remediations/" + id + "/assign", Api.json("assignee", "zhang.rm"));
		var byAccountManager = api.as("li.rm").post("/api/v1/remediations/" + id + "/assign", Api.json("assignee", "li.rm"));
		var assigned = api.as("zhao.manager").post("/api/v1/remediations/" + id + "/assign", Api.json("assignee", "li.rm"));
		var bySeller = api.as("zhang.rm").post("/api/v1/remediations/" + id + "/resolve",
				Api.json("choice", "KEEP", "outcome", "已解释"));
		var keepWithRefund = api.as("li.rm").post("/api/v1/remediations/" + id + "/resolve",
				Api.json("choice", "KEEP", "refundAmount", "100.00", "outcome", "继续持有"));
		var resolved = api.as("li.rm").post("/api/v1/remediations/" + id + "/resolve",
				Api.json("choice", "WITHDRAW", "refundAmount", "30000.00", "outcome", "客户选择退保，全额退还保费"));
		var again = api.as("li.rm").post("/api/v1/remediations/" + id + "/resolve",
				Api.json("choice", "KEEP", "outcome", "再次"));

		assertThat(opened.get("productCode").asString()).isEqualTo("INS-01");
		assertThat(opened.get("seller").asString()).isEqualTo("zhang.rm");
		assertThat(opened.get("source").asString()).isEqualTo("REVISIT");
		assertThat(opened.get("dueDate").asString()).isEqualTo(due);
		assertThat(toSeller.status()).isEqualTo(400);
		assertThat(toSeller.text()).contains("\"assignee\"");
		assertThat(byAccountManager.status()).isEqualTo(404);
		assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
		assertThat(api.as("li.rm").get("/api/v1/remediations/" + id).status()).isEqualTo(200);
		assertThat(bySeller.status()).isEqualTo(403);
		assertThat(keepWithRefund.status()).isEqualTo(400);
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(resolved.body().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.body().get("refundStatus").asString()).isEqualTo("PENDING");
		assertThat(again.status()).isEqualTo(409);
		await().until(() -> !api.as("admin").get("/api/v1/sale-recordings/" + sale).body().get("disputeOpen").asBoolean());
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=sale-recording&entityId=" + sale).text())
			.contains("sale-recording.dispute-opened", "sale-recording.dispute-closed");

		long request = resolved.body().get("refundRequestId").asLong();
		assertThat(api.as("li.rm").post("/api/v1/approvals/" + request + "/approve", Api.json()).status()).isEqualTo(403);
		var approved = api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(api.as("zhao.manager").get("/api/v1/remediations/" + id).body().get("refundStatus").asString())
			.isEqualTo("APPROVED");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=remediation&entityId=" + id).text())
			.contains("remediation.opened", "remediation.assigned", "remediation.resolved", "remediation.refund-decided");
		await().untilAsserted(() -> assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/timeline").text())
			.contains("REMEDIATION_OPENED", "REMEDIATION_RESOLVED", "DUAL_RECORDING_MISSING"));
		var figures = api.as("chen.compliance").get("/api/v1/remediations/figures?from=" + LocalDate.now().minusDays(1)
				+ "&to=" + LocalDate.now());
		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
		assertThat(figures.text()).contains("\"key\":\"INS-01\"", "\"key\":\"zhang.rm\"", "\"key\":\"SH-PD\"");
	}

	@Test
	void aComplaintOfMisSellingOpensARemediationAndOneLeftOpenPastItsDueDayGoesToCompliance() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer,
				"complainantName", "客户", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "MIS_SELLING",
				"content", "理财经理承诺保本"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		long id = remediationOf(customer).get("id").asLong();
		jdbc.update("update remediation set due_date = current_date - 1 where id = ?", id);

		var sweep = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);

		assertThat(sweep.status()).as(sweep.text()).isEqualTo(200);
		var overdue = api.as("chen.compliance").get("/api/v1/remediations/" + id).body();
		assertThat(overdue.get("source").asString()).isEqualTo("COMPLAINT");
		assertThat(overdue.get("overdue").asBoolean()).isTrue();
		assertThat(overdue.get("escalatedAt").isNull()).isFalse();
		assertThat(api.as("chen.compliance").get("/api/v1/remediations?overdue=true&size=500").text())
			.contains("\"id\":" + id + ",");
	}

	@Test
	void aCustomerNotReachedInThreeAttemptsInsideTheHesitationPeriodGetsTheSmsFallback() {
		long revisit = hesitationRevisitOf(customerOfZhangWithAnInsurancePolicy());
		JsonNode last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			last = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
					Api.json("method", "PHONE", "reached", false)).body();
		}

		assertThat(last.get("status").asString()).isEqualTo("UNREACHABLE");
		assertThat(last.get("fallbackChannel").asString()).isEqualTo("SMS");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=revisit&entityId=" + revisit).text())
			.contains("revisit.fallback-sent");
	}
}
