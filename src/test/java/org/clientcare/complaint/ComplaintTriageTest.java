package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Triage (severity and cause), corrective actions with owners and follow-ups, and both in the analysis (§6). */
@IntegrationTest
class ComplaintTriageTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	long complaint(String severity) {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "孙八", "contact",
				TestCustomers.mobile(), "channel", "HOTLINE", "category", "MIS_SELLING", "content", "保险被当作存款销售",
				"productCode", "INS-01", "severity", severity));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

	static boolean timelineHas(JsonNode complaint, String kind) {
		return complaint.get("timeline").valueStream().anyMatch(e -> e.get("kind").asString().equals(kind));
	}

	@Test
	void aComplaintRegisteredAsMajorGoesToComplianceAtOnceAndEveryComplianceOfficerIsTold() {
		long id = complaint("MAJOR");

		var body = api.as("wang.agent").get("/api/v1/complaints/" + id).body();
		assertThat(body.get("severity").asString()).isEqualTo("MAJOR");
		assertThat(body.get("complianceEscalatedAt").isNull()).isFalse();
		assertThat(timelineHas(body, "ESCALATED_TO_COMPLIANCE")).isTrue();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
				"select count(*) from notification_outbox where event_key = ?", Long.class,
				"complaint:" + id + ":major:chen.compliance") == 1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'complaint.escalated-to-compliance' "
				+ "and entity_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
	}

	@Test
	void triageRecordsSeverityAndCauseAndEscalatesAComplaintThatBecomesMajorOnlyOnce() {
		long id = complaint(null);
		String path = "/api/v1/complaints/" + id;
		assertThat(api.as("wang.agent").get(path).body().get("severity").asString()).isEqualTo("ORDINARY");

		var serious = api.as("wang.agent").post(path + "/triage", Api.json("severity", "SERIOUS", "cause", "SALES_PRACTICE",
				"note", "适当性匹配未执行"));
		var major = api.as("wang.agent").post(path + "/triage", Api.json("severity", "MAJOR"));
		var again = api.as("wang.agent").post(path + "/triage", Api.json("severity", "MAJOR", "cause", "DISCLOSURE"));

		assertThat(serious.status()).as(serious.text()).isEqualTo(200);
		assertThat(serious.body().get("severity").asString()).isEqualTo("SERIOUS");
		assertThat(serious.body().get("cause").asString()).isEqualTo("SALES_PRACTICE");
		assertThat(serious.body().get("complianceEscalatedAt").isNull()).isTrue();
		assertThat(major.body().get("complianceEscalatedAt").isNull()).isFalse();
		assertThat(again.body().get("cause").asString()).isEqualTo("DISCLOSURE");
		assertThat(again.body().get("timeline").valueStream()
			.filter(e -> e.get("kind").asString().equals("ESCALATED_TO_COMPLIANCE")).count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'complaint.triaged' "
				+ "and entity_id = ?", Long.class, Long.toString(id))).isEqualTo(3);
	}

	@Test
	void triageRefusesAnUnknownSeverityOrCauseNamingTheField() {
		String path = "/api/v1/complaints/" + complaint(null) + "/triage";

		var severity = api.as("wang.agent").post(path, Api.json("severity", "APOCALYPTIC"));
		var cause = api.as("wang.agent").post(path, Api.json("cause", "BAD_LUCK"));
		var nothing = api.as("wang.agent").post(path, Api.json());

		assertThat(severity.status()).isEqualTo(400);
		assertThat(severity.contentType()).contains("application/problem+json");
		assertThat(severity.body().get("errors").get(0).get("field").asString()).isEqualTo("severity");
		assertThat(cause.status()).isEqualTo(400);
		assertThat(cause.body().get("errors").get(0).get("field").asString()).isEqualTo("cause");
		assertThat(nothing.status()).isEqualTo(400);
	}

	@Test
	void theResolutionRecordsTheCauseItFoundAndRefusesOneNotInTheTaxonomy() {
		long id = complaint(null);
		String path = "/api/v1/complaints/" + id;
		api.as("wang.agent").post(path + "/acknowledge", Api.json());

		var unknown = api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "已解释", "cause", "NO_SUCH_CAUSE"));
		var resolved = api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "已解释产品性质并办理退保",
				"cause", "DISCLOSURE"));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("cause");
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(resolved.body().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.body().get("cause").asString()).isEqualTo("DISCLOSURE");
	}

	@Test
	void aCorrectiveActionHasAnOwnerAndADueDateAndIsFollowedUpUntilDoneAndThenTakesNoMore() {
		long id = complaint(null);
		String path = "/api/v1/complaints/" + id + "/corrective-actions";

		var noOwner = api.as("wang.agent").post(path, Api.json("description", "修订销售话术", "owner", "nobody",
				"dueDate", today().plusDays(10).toString()));
		var farAway = api.as("wang.agent").post(path, Api.json("description", "修订销售话术", "owner", "liu.handler",
				"dueDate", today().plusYears(2).toString()));
		var added = api.as("wang.agent").post(path, Api.json("description", "修订代理保险销售话术", "owner", "liu.handler",
				"dueDate", today().plusDays(10).toString()));

		assertThat(noOwner.status()).isEqualTo(400);
		assertThat(noOwner.body().get("errors").get(0).get("field").asString()).isEqualTo("owner");
		assertThat(farAway.status()).isEqualTo(400);
		assertThat(farAway.body().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(added.body().get("status").asString()).isEqualTo("OPEN");
		assertThat(added.body().get("owner").asString()).isEqualTo("liu.handler");
		assertThat(added.body().get("overdue").asBoolean()).isFalse();
		long action = added.body().get("id").asLong();

		var working = api.as("wang.agent").post("/api/v1/corrective-actions/" + action + "/follow-up",
				Api.json("note", "话术初稿已完成"));
		var done = api.as("wang.agent").post("/api/v1/corrective-actions/" + action + "/follow-up",
				Api.json("note", "新话术已下发全辖网点", "status", "DONE"));
		var afterDone = api.as("wang.agent").post("/api/v1/corrective-actions/" + action + "/follow-up",
				Api.json("note", "再补一句", "status", "IN_PROGRESS"));

		assertThat(working.body().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(done.status()).as(done.text()).isEqualTo(200);
		assertThat(done.body().get("status").asString()).isEqualTo("DONE");
		assertThat(done.body().get("completedAt").isNull()).isFalse();
		assertThat(done.body().get("followUps").size()).isEqualTo(2);
		assertThat(afterDone.status()).isEqualTo(409);
		var complaint = api.as("wang.agent").get("/api/v1/complaints/" + id).body();
		assertThat(complaint.get("correctiveActions").get(0).get("description").asString()).isEqualTo("修订代理保险销售话术");
		assertThat(timelineHas(complaint, "ACTION_ADDED")).isTrue();
		assertThat(timelineHas(complaint, "ACTION_FOLLOWED_UP")).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'complaint_action' "
				+ "and entity_id = ?", Long.class, Long.toString(action))).isEqualTo(3);
	}

	@Test
	void anActionPastItsDueDateIsOverdueInTheListOfTheOwnersActions() {
		long id = complaint(null);
		jdbc.update("update complaint set received_at = received_at - interval '20 days' where id = ?", id);
		var added = api.as("wang.agent").post("/api/v1/complaints/" + id + "/corrective-actions", Api.json("description",
				"排查同批次客户", "owner", "liu.handler", "dueDate", today().minusDays(2).toString()));

		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(added.body().get("overdue").asBoolean()).isTrue();
		var overdue = Pages.all(api.as("wang.agent"), "/api/v1/corrective-actions?overdue=true&owner=liu.handler");
		assertThat(overdue.stream().map(a -> a.get("id").asLong())).contains(added.body().get("id").asLong());
	}

	@Test
	void theAnalysisShowsComplaintsByCauseSeverityAndBusinessLineAndReviewsTheCorrectiveActions() {
		long id = complaint("SERIOUS");
		api.as("wang.agent").post("/api/v1/complaints/" + id + "/triage", Api.json("cause", "THIRD_PARTY"));
		api.as("wang.agent").post("/api/v1/complaints/" + id + "/corrective-actions", Api.json("description",
				"约谈合作保险公司，规范驻点人员销售行为", "owner", "liu.handler", "dueDate", today().plusDays(20).toString()));

		var analysis = api.as("chen.compliance").get("/api/v1/complaints/analysis?from=" + today().minusDays(1) + "&to="
				+ today());
		var byAgent = api.as("wang.agent").get("/api/v1/complaints/analysis");

		assertThat(analysis.status()).as(analysis.text()).isEqualTo(200);
		JsonNode body = analysis.body();
		assertThat(figure(body, "cause", "THIRD_PARTY").get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(figure(body, "severity", "SERIOUS").get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(figure(body, "businessLine", "INSURANCE").get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(body.get("correctiveActions").get("open").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(body.get("correctiveActions").get("byCause").valueStream()
			.anyMatch(c -> c.get("cause").asString().equals("THIRD_PARTY") && c.get("open").asLong() >= 1)).isTrue();
		assertThat(body.get("correctiveActions").get("actions").valueStream()
			.anyMatch(a -> a.get("description").asString().equals("约谈合作保险公司，规范驻点人员销售行为"))).isTrue();
		assertThat(byAgent.status()).isEqualTo(403);
	}

	static JsonNode figure(JsonNode analysis, String dimension, String label) {
		return analysis.get("breakdowns").valueStream().filter(b -> b.get("dimension").asString().equals(dimension))
			.flatMap(b -> b.get("figures").valueStream()).filter(f -> f.get("label").asString().equals(label))
			.findFirst().orElseThrow(() -> new AssertionError("no " + dimension + " " + label + " in " + analysis));
	}
}
