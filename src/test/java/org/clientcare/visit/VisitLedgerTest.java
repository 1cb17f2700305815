package org.clientcare.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class VisitLedgerTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	long customerOf(String manager, String unit) {
		return api.as(manager).post("/api/v1/customers", TestCustomers.individual(unit, manager)).body().get("id").asLong();
	}

	Map<String, Object> visit(long customerId, Object... more) {
		Map<String, Object> body = Api.json("customerId", customerId, "kind", "BUSINESS", "method", "ON_SITE",
				"occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).toString(), "purpose", "介绍养老规划",
				"summary", "客户关注子女教育金和养老金的配置。", "attendees", "客户及其配偶", "nextSteps", "下周电话回访");
		body.putAll(Api.json(more));
		return body;
	}

	@Test
	void aManagerRecordsAVisitToItsCustomerAndItIsOnTheLedgerPerCustomerAndPerManager() {
		long customer = customerOf("zhang.rm", "SH-PD");

		var created = api.as("zhang.rm").post("/api/v1/visits", visit(customer));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode v = created.body();
		assertThat(v.get("kind").asString()).isEqualTo("BUSINESS");
		assertThat(v.get("method").asString()).isEqualTo("ON_SITE");
		assertThat(v.get("visitor").asString()).isEqualTo("zhang.rm");
		long id = v.get("id").asLong();
		assertThat(api.as("zhang.rm").get("/api/v1/visits?customerId=" + customer).body().get("content").valueStream()
			.map(x -> x.get("id").asLong())).containsExactly(id);
		assertThat(api.as("zhang.rm").get("/api/v1/visits?manager=me&size=500").body().get("content").valueStream()
			.map(x -> x.get("id").asLong())).contains(id);
		assertThat(api.as("zhao.manager").get("/api/v1/visits?manager=zhang.rm&size=500").body().get("content")
			.valueStream().map(x -> x.get("id").asLong())).contains(id);
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=visit&entityId=" + id).text())
			.contains("visit.recorded");
	}

	@Test
	void theNextStepsOfAVisitBecomeARevisitOnTheDayTheManagerChooses() {
		long customer = customerOf("zhang.rm", "SH-PD");
		String day = java.time.LocalDate.now(ZoneOffset.ofHours(8)).plusDays(7).toString();

		var created = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "followUpOn", day));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long revisitId = created.body().get("followUpRevisitId").asLong();
		var revisit = api.as("zhang.rm").get("/api/v1/revisits/" + revisitId).body();
		assertThat(revisit.get("customerId").asLong()).isEqualTo(customer);
		assertThat(revisit.get("dueDate").asString()).isEqualTo(day);
		assertThat(revisit.get("reason").asString()).isEqualTo("MANUAL");
		assertThat(revisit.get("notes").asString()).isEqualTo("下周电话回访");
		assertThat(created.body().get("followUpOn").asString()).isEqualTo(day);
	}

	@Test
	void theNextStepsOfAVisitBecomeACaseOfTheCustomerWhenTheVisitIsRecorded() {
		long customer = customerOf("zhang.rm", "SH-PD");

		var created = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "caseType", "LOAN_APPLICATION",
				"purpose", "经营贷需求面谈"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long caseId = created.body().get("followUpCaseId").asLong();
		var opened = api.as("zhang.rm").get("/api/v1/cases/" + caseId).body();
		assertThat(opened.get("customerId").asLong()).isEqualTo(customer);
		assertThat(opened.get("type").asString()).isEqualTo("LOAN_APPLICATION");
		assertThat(opened.get("title").asString()).isEqualTo("经营贷需求面谈");
		assertThat(created.body().get("followUpCaseNo").asString()).isEqualTo(opened.get("caseNo").asString());
	}

	@Test
	void aRecordedVisitsNextStepsBecomeACaseOnceAndASecondTimeIsAConflict() {
		long customer = customerOf("zhang.rm", "SH-PD");
		long id = api.as("zhang.rm").post("/api/v1/visits", visit(customer)).body().get("id").asLong();

		var first = api.as("zhang.rm").post("/api/v1/visits/" + id + "/case", Api.json("type", "PURCHASE", "title",
				"子女教育金配置"));
		var again = api.as("zhang.rm").post("/api/v1/visits/" + id + "/case", Api.json("type", "PURCHASE"));

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		long caseId = first.body().get("followUpCaseId").asLong();
		assertThat(first.header("Location")).endsWith("/api/v1/cases/" + caseId);
		assertThat(api.as("zhang.rm").get("/api/v1/cases/" + caseId).body().get("title").asString())
			.isEqualTo("子女教育金配置");
		assertThat(again.status()).isEqualTo(409);
		assertThat(api.as("zhang.rm").get("/api/v1/visits/" + id).body().get("followUpCaseId").asLong()).isEqualTo(caseId);
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=visit&entityId=" + id).text())
			.contains("visit.case-opened");
	}

	@Test
	void aCaseFromAVisitNeedsNextStepsATypeAndTheCustomersScope() {
		long customer = customerOf("zhang.rm", "SH-PD");
		long withoutSteps = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "nextSteps", "")).body().get("id")
			.asLong();
		long id = api.as("zhang.rm").post("/api/v1/visits", visit(customer)).body().get("id").asLong();

		var noSteps = api.as("zhang.rm").post("/api/v1/visits/" + withoutSteps + "/case", Api.json("type", "OTHER"));
		var noType = api.as("zhang.rm").post("/api/v1/visits/" + id + "/case", Api.json("title", "代办"));
		var atRecording = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "nextSteps", "", "caseType", "OTHER"));

		assertThat(noSteps.status()).isEqualTo(400);
		assertThat(noSteps.body().get("errors").get(0).get("field").asString()).isEqualTo("nextSteps");
		assertThat(noType.status()).isEqualTo(400);
		assertThat(noType.body().get("errors").get(0).get("field").asString()).isEqualTo("type");
		assertThat(atRecording.status()).isEqualTo(400);
		assertThat(atRecording.body().get("errors").get(0).get("field").asString()).isEqualTo("nextSteps");
		assertThat(api.as("li.rm").post("/api/v1/visits/" + id + "/case", Api.json("type", "OTHER")).status())
			.isEqualTo(404);
		assertThat(api.as("zhang.rm").get("/api/v1/visits/" + id).body().get("followUpCaseId").isNull()).isTrue();
	}

	@Test
	void aFollowUpInThePastOrWithoutNextStepsIsRefusedAndNoVisitIsWritten() {
		long customer = customerOf("zhang.rm", "SH-PD");
		String yesterday = java.time.LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1).toString();
		String nextWeek = java.time.LocalDate.now(ZoneOffset.ofHours(8)).plusDays(7).toString();

		var past = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "followUpOn", yesterday));
		var nothingToFollow = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "followUpOn", nextWeek,
				"nextSteps", ""));

		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body().get("errors").get(0).get("field").asString()).isEqualTo("followUpOn");
		assertThat(nothingToFollow.status()).isEqualTo(400);
		assertThat(nothingToFollow.body().get("errors").get(0).get("field").asString()).isEqualTo("nextSteps");
		assertThat(api.as("zhang.rm").get("/api/v1/visits?customerId=" + customer).body().get("totalElements").asLong())
			.isZero();
	}

	@Test
	void anotherManagersCustomersVisitsAreOutOfScopeAndAgentsMayNotRecordVisits() {
		long customer = customerOf("zhang.rm", "SH-PD");
		long id = api.as("zhang.rm").post("/api/v1/visits", visit(customer)).body().get("id").asLong();

		assertThat(api.as("li.rm").get("/api/v1/visits/" + id).status()).isEqualTo(404);
		assertThat(api.as("li.rm").get("/api/v1/visits?customerId=" + customer).body().get("totalElements").asInt())
			.isZero();
		assertThat(api.as("li.rm").post("/api/v1/visits", visit(customer)).status()).isEqualTo(404);
		assertThat(api.as("wang.agent").post("/api/v1/visits", visit(customer)).status()).isEqualTo(403);
		assertThat(api.as("chen.compliance").post("/api/v1/visits", visit(customer)).status()).isEqualTo(403);
	}

	@Test
	void aVisitWithoutKindOrInTheFutureIsRefusedNamingTheField() {
		long customer = customerOf("zhang.rm", "SH-PD");
		Map<String, Object> noKind = visit(customer);
		noKind.remove("kind");
		var refused = api.as("zhang.rm").post("/api/v1/visits", noKind);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("kind");

		var future = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "occurredAt",
				OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).toString()));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("occurredAt");
	}

	@Test
	void aNeedThatNeedsResourcesIsEscalatedToTheTeamLeaderByEmail() {
		long customer = customerOf("zhang.rm", "SH-PD");

		var created = api.as("zhang.rm").post("/api/v1/visits", visit(customer, "escalation",
				"客户企业需要 500 万元流动资金贷款，需授信审批部支持"));

		long id = created.body().get("id").asLong();
		assertThat(created.body().get("escalatedAt").isNull()).isFalse();
		assertThat(jdbc.sql("select template from notification_outbox where event_key = ?").param("visit:" + id + ":escalated")
			.query(String.class).list()).isNotEmpty().allMatch("visit-need"::equals);
	}

	@Test
	void aCorporateCustomerNeverVisitedIsDueOnItsManagersWorklistUntilItIsVisited() {
		Map<String, Object> company = TestCustomers.corporate("SH-PD");
		company.put("managerUsername", "zhang.rm");
		company.put("relationshipSince", "2020-01-01");
		var registered = api.as("zhang.rm").post("/api/v1/customers", company);
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		long customer = registered.body().get("id").asLong();

		assertThat(Pages.all(api.as("zhang.rm"), "/api/v1/visits/due").stream()
			.map(d -> d.get("customerId").asLong())).contains(customer);
		assertThat(api.as("zhang.rm").post("/api/v1/visits", visit(customer, "kind", "ROUTINE")).status()).isEqualTo(201);
		assertThat(Pages.all(api.as("zhang.rm"), "/api/v1/visits/due").stream()
			.map(d -> d.get("customerId").asLong())).doesNotContain(customer);
	}
}
