package org.clientcare.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class InquiryLifecycleTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long customerOf(String manager, String unit) {
		return api.as(manager).post("/api/v1/customers", TestCustomers.individual(unit, manager)).body().get("id").asLong();
	}

	JsonNode register(String user, Long customerId, String question) {
		var created = api.as(user).post("/api/v1/inquiries", Api.json("customerId", customerId, "name", "赵六",
				"contact", TestCustomers.mobile(), "channel", "HOTLINE", "question", question));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body();
	}

	@Test
	void anInquiryIsRegisteredWithANumberAndADueTimeThenAnsweredAndCannotBeAnsweredTwice() {
		JsonNode created = register("wang.agent", customerOf("zhang.rm", "SH-PD"), "信用卡年费怎么收？");
		long id = created.get("id").asLong();

		assertThat(created.get("inquiryNo").asString()).matches("ZX\\d{8}\\d{6}");
		assertThat(created.get("status").asString()).isEqualTo("OPEN");
		assertThat(Instant.parse(created.get("dueAt").asString().replace("+08:00", "+08:00"))
			.isAfter(clock.instant().plus(Duration.ofDays(1)))).isTrue();
		assertThat(created.get("contact").asString()).contains("****");

		var answered = api.as("wang.agent").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "首年免年费，刷卡满6次免次年年费。"));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(answered.body().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.body().get("overdue").asBoolean()).isFalse();
		assertThat(api.as("wang.agent").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "再答一次")).status())
			.isEqualTo(409);
		assertThat(api.as("wang.agent").get("/api/v1/inquiries?status=ANSWERED&size=500").body().get("content")
			.valueStream().map(i -> i.get("id").asLong())).contains(id);
		assertThat(api.as("wang.agent").get("/api/v1/inquiries/" + id).body().get("timeline").valueStream()
			.map(e -> e.get("kind").asString())).containsExactly("RECEIVED", "ANSWERED");
	}

	@Test
	void theListShowsTheInquiriesStillToAnswerFirstEarliestDueOnTopThenTheAnsweredLatestFirst() {
		long customer = customerOf("zhang.rm", "SH-PD");
		java.util.function.BiFunction<Integer, String, Long> received = (daysAgo, question) -> {
			var created = api.as("wang.agent").post("/api/v1/inquiries", Api.json("customerId", customer, "name", "赵六",
					"contact", TestCustomers.mobile(), "channel", "HOTLINE", "question", question, "receivedAt",
					java.time.OffsetDateTime.now(clock).minusDays(daysAgo).toString()));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			return created.body().get("id").asLong();
		};
		long answeredLongAgo = received.apply(20, "去年的对账单怎么打印？");
		long answeredLately = received.apply(10, "网点几点开门？");
		long overdue = received.apply(6, "积分怎么兑换？");
		long fresh = received.apply(0, "大额存单利率多少？");
		for (long id : new long[] { answeredLongAgo, answeredLately }) {
			assertThat(api.as("wang.agent").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "已电话答复"))
				.status()).isEqualTo(200);
		}

		var listed = api.as("wang.agent").get("/api/v1/inquiries?customerId=" + customer).body().get("content")
			.valueStream().map(i -> i.get("id").asLong()).toList();

		assertThat(listed).containsExactly(overdue, fresh, answeredLately, answeredLongAgo);
	}

	@Test
	void anInquiryStillUnansweredAfterItsDueTimeIsFlaggedByTheSlaSweepOnce() {
		clock.advance(Duration.ofDays(-10));
		long late = register("wang.agent", null, "理财产品到期了钱什么时候到账？").get("id").asLong();
		clock.reset();
		long fresh = register("wang.agent", null, "网点几点开门？").get("id").asLong();

		var run = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.body().get("result").get("inquiries").get("overdue").asInt()).isPositive();

		var overdue = api.as("wang.agent").get("/api/v1/inquiries?overdue=true&size=500").body().get("content");
		assertThat(overdue.valueStream().map(i -> i.get("id").asLong())).contains(late).doesNotContain(fresh);
		assertThat(api.as("wang.agent").get("/api/v1/inquiries/" + late).body().get("timeline").valueStream()
			.map(e -> e.get("kind").asString())).containsExactly("RECEIVED", "OVERDUE");
		var again = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(again.body().get("result").get("inquiries").get("overdue").asInt()).isZero();
	}

	@Test
	void anotherAccountManagersCustomersInquiryAnswers404AndCompliancesAnswerIs403() {
		long id = register("zhang.rm", customerOf("zhang.rm", "SH-PD"), "定期存款提前支取怎么算利息？").get("id").asLong();

		assertThat(api.as("li.rm").get("/api/v1/inquiries/" + id).status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "按活期")).status())
			.isEqualTo(404);
		assertThat(api.as("zhao.manager").get("/api/v1/inquiries/" + id).status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").get("/api/v1/inquiries/" + id).status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "按活期"))
			.status()).isEqualTo(403);
	}

	@Test
	void aRegistrationWithoutContactOrQuestionIsRefusedNamingTheFields() {
		var refused = api.as("wang.agent").post("/api/v1/inquiries", Api.json("name", "赵六", "contact", "12345",
				"channel", "HOTLINE", "question", "问题"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("contact");
		var missing = api.as("wang.agent").post("/api/v1/inquiries", Api.json("name", "赵六", "contact", "13800138000",
				"channel", "HOTLINE"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains("question");
	}

	@Test
	void anInquiryThatIsInFactAComplaintBecomesOneReceivedWhenTheInquiryWas() {
		JsonNode inquiry = register("wang.agent", customerOf("zhang.rm", "SH-PD"), "你们乱扣我年费，我要投诉！");
		long id = inquiry.get("id").asLong();

		var converted = api.as("wang.agent").post("/api/v1/inquiries/" + id + "/complaint", Api.json("category", "FEES"));
		assertThat(converted.status()).as(converted.text()).isEqualTo(201);
		assertThat(converted.body().get("status").asString()).isEqualTo("CONVERTED");
		long complaintId = converted.body().get("complaintId").asLong();
		var complaint = api.as("wang.agent").get("/api/v1/complaints/" + complaintId).body();
		assertThat(complaint.get("content").asString()).isEqualTo("你们乱扣我年费，我要投诉！");
		assertThat(complaint.get("receivedAt").asString()).isEqualTo(inquiry.get("receivedAt").asString());
		assertThat(api.as("wang.agent").post("/api/v1/inquiries/" + id + "/answer", Api.json("answer", "已转投诉"))
			.status()).isEqualTo(409);
	}
}
