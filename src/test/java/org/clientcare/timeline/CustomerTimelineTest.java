package org.clientcare.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CustomerTimelineTest {

	@Autowired
	Api api;

	List<String> kinds(String user, long customer) {
		return api.as(user).get("/api/v1/customers/" + customer + "/timeline?size=50").body().get("content").valueStream()
			.map(e -> e.get("kind").asString()).toList();
	}

	@Test
	void theTimelineListsAVisitARevisitAndAComplaintOfOneCustomerNewestFirst() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var visit = api.as("zhang.rm").post("/api/v1/visits", Api.json("customerId", customer, "kind", "ROUTINE",
				"method", "PHONE", "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).toString(),
				"purpose", "季度问候", "summary", "客户一切安好。"));
		assertThat(visit.status()).as(visit.text()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds("zhang.rm", customer).contains("VISIT"));
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits", Api.json("notes", "跟进"))
			.body().get("id").asLong();
		var outcome = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome", Api.json("method", "PHONE",
				"reached", true, "satisfaction", 5));
		assertThat(outcome.status()).as(outcome.text()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds("zhang.rm", customer).contains("REVISIT_DONE"));
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer,
				"complainantName", "投诉人", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES",
				"content", "年费未经同意被扣收"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(30)).until(() -> kinds("zhang.rm", customer).contains("COMPLAINT_REGISTERED"));
		assertThat(kinds("zhang.rm", customer)).containsSubsequence("COMPLAINT_REGISTERED", "REVISIT_DONE", "VISIT");
		var first = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/timeline?size=50").body().get("content");
		assertThat(first.valueStream().map(e -> e.get("summary").asString()))
			.anyMatch(s -> s.contains("季度问候")).noneMatch(s -> s.contains("ROUTINE") || s.contains("PHONE"));
		assertThat(first.valueStream().filter(e -> e.get("kind").asString().equals("COMPLAINT_REGISTERED")).findFirst()
			.orElseThrow().get("ref").asString()).startsWith("complaint:");
		assertThat(api.as("li.rm").get("/api/v1/customers/" + customer + "/timeline").status()).isEqualTo(404);
	}

	@Test
	void theTimelineTellsOfTheRiskAssessmentAndOfTheMessagesTheCustomerWasSent() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var questions = api.as("zhang.rm").get("/api/v1/risk-questionnaires/current").body().get("questions");
		java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
		questions.valueStream().forEach(q -> answers.put(q.get("id").asString(), q.get("options").get(1).get("id").asString()));
		var assessed = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
				Api.json("answers", answers));
		assertThat(assessed.status()).as(assessed.text()).isEqualTo(201);
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer,
				"complainantName", "投诉人", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES",
				"content", "短信提醒未按约定发送"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		String complaintNo = complaint.body().get("complaintNo").asString();

		var acknowledged = api.as("wang.agent").post("/api/v1/complaints/" + complaint.body().get("id").asLong()
				+ "/acknowledge", Api.json());
		assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> kinds("zhang.rm", customer).containsAll(List.of("RISK_ASSESSED", "MESSAGE")));
		List<String> summaries = api.as("zhang.rm").send("GET", "/api/v1/customers/" + customer + "/timeline?size=50", null,
				java.util.Map.of("Accept-Language", "zh-CN")).body().get("content").valueStream()
			.map(e -> e.get("summary").asString()).toList();
		assertThat(summaries).as("the level in words, the message by its subject with its fate")
			.anyMatch(s -> s.matches("完成风险承受能力评估：C[1-5] \\S+（得分 \\d+）"))
			.anyMatch(s -> s.startsWith("短信「") && s.contains(complaintNo) && !s.contains("notification.status"));
	}

}
