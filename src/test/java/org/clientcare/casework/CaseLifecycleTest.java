package org.clientcare.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CaseLifecycleTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long customerOf(String manager, String unit) {
		return api.as(manager).post("/api/v1/customers", TestCustomers.individual(unit, manager)).body().get("id").asLong();
	}

	JsonNode open(String user, long customerId, String type, Object... more) {
		Map<String, Object> body = new java.util.HashMap<>(Api.json("customerId", customerId, "type", type, "title",
				"理赔：住院医疗费用", "amount", "12800.50"));
		body.putAll(Api.json(more));
		var created = api.as(user).post("/api/v1/cases", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body();
	}

	JsonNode step(String user, long id, String step, Object body) {
		var answer = api.as(user).post("/api/v1/cases/" + id + "/" + step, body);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	List<String> messages(long caseId) {
		return jdbc.sql("select event_key from notification_outbox where event_key like ? order by id")
			.param("case:" + caseId + ":%").query(String.class).list();
	}

	static OffsetDateTime time(JsonNode node) {
		return OffsetDateTime.parse(node.asString());
	}

	@Test
	void everyCaseTypeIsListedWithTheStagesOfItsTemplateEachWithItsLimitAndUnit() {
		var types = api.as("zhang.rm").get("/api/v1/case-types");

		assertThat(types.status()).isEqualTo(200);
		assertThat(types.body().valueStream().map(t -> t.get("code").asString())).contains("LOAN_APPLICATION",
				"ACCOUNT_OPENING", "PURCHASE", "INSURANCE_CLAIM", "OTHER");
		JsonNode claim = types.body().valueStream().filter(t -> t.get("code").asString().equals("INSURANCE_CLAIM"))
			.findFirst().orElseThrow();
		assertThat(claim.get("nameZh").asString()).isEqualTo("保险理赔");
		assertThat(claim.get("nameEn").asString()).isEqualTo("Insurance claim");
		assertThat(claim.get("stages").valueStream().map(s -> s.get("code").asString())).containsExactly("REPORTED",
				"DOCUMENTS", "REVIEW", "ADJUSTMENT", "CLOSING");
		JsonNode review = claim.get("stages").get(2);
		assertThat(review.get("limit").asInt()).isEqualTo(5);
		assertThat(review.get("unit").asString()).isEqualTo("WORKING_DAYS");
		assertThat(review.get("nameZh").asString()).isEqualTo("审核");
	}

	@Test
	void aClaimMovesFromReportToPaymentAndCompletionWithWhoAndWhyAndAdvancingItAgainIs409() {
		long customer = customerOf("zhang.rm", "SH-PD");
		JsonNode created = open("wang.agent", customer, "INSURANCE_CLAIM");
		long id = created.get("id").asLong();

		assertThat(created.get("caseNo").asString()).matches("YW\\d{8}\\d{6}");
		assertThat(created.get("type").asString()).isEqualTo("INSURANCE_CLAIM");
		assertThat(created.get("status").asString()).isEqualTo("OPEN");
		assertThat(created.get("stage").asString()).isEqualTo("REPORTED");
		assertThat(time(created.get("stageDueAt")).toInstant())
			.isCloseTo(clock.instant().plus(Duration.ofHours(24)), within(1, ChronoUnit.MINUTES));
		assertThat(created.get("amount").decimalValue()).isEqualByComparingTo("12800.50");

		step("wang.agent", id, "advance", Api.json("note", "报案信息已核实"));
		step("zhang.rm", id, "advance", Api.json("note", "材料齐全"));
		step("zhao.manager", id, "advance", Api.json("note", "核定赔付"));
		JsonNode paying = step("wang.agent", id, "advance", null);
		assertThat(paying.get("stage").asString()).isEqualTo("CLOSING");
		JsonNode done = step("wang.agent", id, "advance", Api.json("note", "赔款已到账"));
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");

		var again = api.as("wang.agent").post("/api/v1/cases/" + id + "/advance", Api.json("note", "再推进"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");

		JsonNode history = api.as("zhang.rm").get("/api/v1/cases/" + id).body().get("history");
		assertThat(history.valueStream().map(h -> h.get("stage").asString())).containsExactly("REPORTED", "DOCUMENTS",
				"REVIEW", "ADJUSTMENT", "CLOSING");
		assertThat(history.valueStream().map(h -> h.get("by").asString())).containsExactly("wang.agent", "wang.agent",
				"zhang.rm", "zhao.manager", "wang.agent");
		assertThat(history.get(1).get("note").asString()).isEqualTo("报案信息已核实");
		assertThat(history.valueStream().allMatch(h -> !h.get("leftAt").isNull())).isTrue();
		// The customer is told on entering the stages that say so: reported, documents, payment.
		assertThat(messages(id)).containsExactly("case:" + id + ":stage:1", "case:" + id + ":stage:2",
				"case:" + id + ":stage:4");
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=case&entityId=" + id);
		assertThat(trail.status()).as(trail.text()).isEqualTo(200);
		assertThat(trail.text()).contains("case.opened", "case.advanced", "case.completed");
	}

	@Test
	void aPausedCasesStageClockStopsAndItsDueTimeMovesByThePausedTime() {
		long id = open("zhang.rm", customerOf("zhang.rm", "SH-PD"), "LOAN_APPLICATION").get("id").asLong();
		OffsetDateTime due = time(api.as("zhang.rm").get("/api/v1/cases/" + id).body().get("stageDueAt"));

		JsonNode paused = step("zhang.rm", id, "pause", Api.json("reason", "等待客户补充收入证明"));
		assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
		assertThat(api.as("zhang.rm").post("/api/v1/cases/" + id + "/advance", null).status()).isEqualTo(409);
		clock.advance(Duration.ofDays(2).plusHours(3));
		JsonNode resumed = step("zhang.rm", id, "resume", Api.json());

		assertThat(resumed.get("status").asString()).isEqualTo("OPEN");
		assertThat(time(resumed.get("stageDueAt")).toInstant())
			.isCloseTo(due.toInstant().plus(Duration.ofDays(2).plusHours(3)), within(1, ChronoUnit.MINUTES));
		assertThat(resumed.get("events").valueStream().map(e -> e.get("kind").asString())).containsExactly("PAUSED",
				"RESUMED");
	}

	@Test
	void anotherAccountManagersCaseAnswers404AndAnInvolvedDepartmentSeesTheCaseButNotTheCustomer() {
		long customer = customerOf("zhang.rm", "SH-PD");
		long id = open("zhang.rm", customer, "PURCHASE", "departments", List.of("WMD")).get("id").asLong();

		assertThat(api.as("li.rm").get("/api/v1/cases/" + id).status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/cases/" + id + "/advance", null).status()).isEqualTo(404);
		assertThat(api.as("li.rm").get("/api/v1/cases?customerId=" + customer).body().get("content").size()).isZero();
		assertThat(api.as("li.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "OTHER", "title", "代办"))
			.status()).isEqualTo(404);

		var involved = api.as("liu.handler").get("/api/v1/cases/" + id);
		assertThat(involved.status()).isEqualTo(200);
		assertThat(involved.body().get("departments").valueStream().map(JsonNode::asString)).containsExactly("WMD");
		assertThat(api.as("liu.handler").get("/api/v1/customers/" + customer).status()).isEqualTo(404);
		assertThat(api.as("liu.handler").post("/api/v1/cases/" + id + "/advance", null).status()).isEqualTo(403);
		assertThat(api.as("zhao.manager").get("/api/v1/cases/" + id).status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").get("/api/v1/cases/" + id).status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").post("/api/v1/cases/" + id + "/advance", null).status()).isEqualTo(403);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		long customer = customerOf("zhang.rm", "SH-PD");
		var noType = api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "title", "开户"));
		assertThat(noType.status()).isEqualTo(400);
		assertThat(noType.contentType()).startsWith("application/problem+json");
		assertThat(noType.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("type");

		var badUnit = api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "OTHER",
				"title", "代办", "departments", List.of("NO-SUCH-UNIT")));
		assertThat(badUnit.status()).isEqualTo(400);
		assertThat(badUnit.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("departments");

		long id = open("zhang.rm", customer, "OTHER").get("id").asLong();
		var noReason = api.as("zhang.rm").post("/api/v1/cases/" + id + "/reject", Api.json("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("reason");
		assertThat(api.as("zhang.rm").get("/api/v1/cases/999999999").status()).isEqualTo(404);
	}

	@Test
	void aRejectedClaimGetsItsRefusalNoticeDueIn3DaysAndTheCustomerIsToldTheReason() {
		long id = open("wang.agent", customerOf("zhang.rm", "SH-PD"), "INSURANCE_CLAIM").get("id").asLong();

		JsonNode rejected = step("wang.agent", id, "reject", Api.json("reason", "出险时间在保险期间之外"));

		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("rejectReason").asString()).isEqualTo("出险时间在保险期间之外");
		assertThat(rejected.get("refusalNoticeDueAt").isNull()).isFalse();
		assertThat(messages(id)).contains("case:" + id + ":rejected");
		assertThat(api.as("wang.agent").post("/api/v1/cases/" + id + "/resume", null).status()).isEqualTo(409);
	}

	@Test
	void missingDocumentsAreAskedForOnceAsOneListAndTickedOff() {
		long id = open("wang.agent", customerOf("zhang.rm", "SH-PD"), "INSURANCE_CLAIM").get("id").asLong();

		JsonNode asked = step("wang.agent", id, "checklist", Api.json("documents", List.of("住院病历", "费用发票", "银行卡复印件")));
		assertThat(asked.get("checklist").valueStream().map(d -> d.get("name").asString())).containsExactly("住院病历",
				"费用发票", "银行卡复印件");
		assertThat(api.as("wang.agent").post("/api/v1/cases/" + id + "/checklist", Api.json("documents", List.of("身份证")))
			.status()).isEqualTo(409);
		long invoice = asked.get("checklist").get(1).get("id").asLong();
		JsonNode ticked = step("wang.agent", id, "checklist/" + invoice + "/received", null);
		assertThat(ticked.get("checklist").get(1).get("receivedAt").isNull()).isFalse();
		assertThat(ticked.get("checklist").get(0).get("receivedAt").isNull()).isTrue();
		assertThat(messages(id)).contains("case:" + id + ":checklist");
	}

	@Test
	void aStagePastItsDueTimeIsFlaggedOnceByTheSlaSweepAndEscalatedButAPausedOneIsNot() {
		long customer = customerOf("zhang.rm", "SH-PD");
		clock.advance(Duration.ofDays(-10));
		long late = open("wang.agent", customer, "INSURANCE_CLAIM").get("id").asLong();
		long paused = open("wang.agent", customer, "INSURANCE_CLAIM").get("id").asLong();
		step("wang.agent", paused, "pause", Api.json("reason", "等待第三方鉴定"));
		clock.reset();
		long fresh = open("wang.agent", customer, "INSURANCE_CLAIM").get("id").asLong();

		var run = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.body().get("result").get("cases").get("overdue").asInt()).isPositive();

		var overdue = api.as("wang.agent").get("/api/v1/cases?overdue=true&size=500").body().get("content");
		assertThat(overdue.valueStream().map(c -> c.get("id").asLong())).contains(late).doesNotContain(fresh, paused);
		assertThat(api.as("wang.agent").get("/api/v1/cases/" + late).body().get("events").valueStream()
			.map(e -> e.get("kind").asString())).containsExactly("OVERDUE");
		assertThat(jdbc.sql("select count(*) from notification_outbox where event_key like ?")
			.param("case:overdue:%:" + late + ":%").query(Long.class).single()).isPositive();
		var again = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(again.body().get("result").get("cases").get("overdue").asInt()).isZero();
	}

	@Test
	void anAdminPublishesANewTemplateVersionWhileAnOpenCaseKeepsTheVersionItStartedWith() {
		long customer = customerOf("zhang.rm", "SH-PD");
		JsonNode before = open("zhang.rm", customer, "OTHER");
		int version = before.get("templateVersion").asInt();

		Map<String, Object> template = Api.json("nameZh", "其他业务", "nameEn", "Other business", "stages", List.of(
				Api.json("code", "ACCEPTED", "nameZh", "受理", "nameEn", "Accepted", "customerTextZh", "已受理",
						"customerTextEn", "Accepted", "limit", 1, "unit", "WORKING_DAYS"),
				Api.json("code", "DONE", "nameZh", "办结", "nameEn", "Done", "customerTextZh", "已办结", "customerTextEn",
						"Done", "limit", 8, "unit", "HOURS", "notifyCustomer", true)));
		assertThat(api.as("zhao.manager").put("/api/v1/case-types/OTHER", template).status()).isEqualTo(403);
		var published = api.as("admin").put("/api/v1/case-types/OTHER", template);
		assertThat(published.status()).as(published.text()).isEqualTo(200);
		assertThat(published.body().get("version").asInt()).isEqualTo(version + 1);

		JsonNode after = open("zhang.rm", customer, "OTHER");
		assertThat(after.get("templateVersion").asInt()).isEqualTo(version + 1);
		assertThat(after.get("stageCount").asInt()).isEqualTo(2);
		JsonNode kept = api.as("zhang.rm").get("/api/v1/cases/" + before.get("id").asLong()).body();
		assertThat(kept.get("templateVersion").asInt()).isEqualTo(version);
		assertThat(kept.get("stageCount").asInt()).isEqualTo(before.get("stageCount").asInt());

		var bad = api.as("admin").put("/api/v1/case-types/OTHER", Api.json("nameZh", "其他", "nameEn", "Other", "stages",
				List.of(Api.json("code", "X", "nameZh", "甲", "nameEn", "A", "customerTextZh", "甲", "customerTextEn", "A",
						"limit", 0, "unit", "HOURS"))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("stages[0].limit");
	}
}
