package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PrivacyRequestTest {

	@Autowired
	Api api;

	@Autowired
	java.time.Clock clock;

	long customer;

	@BeforeEach
	void aCustomerOfZhang() {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		customer = created.body().get("id").asLong();
	}

	Api.Response register(String as, String kind) {
		return api.as(as).post("/api/v1/privacy-requests", Api.json("customerId", customer, "kind", kind, "channel", "PHONE",
				"details", "客户来电"));
	}

	@Test
	void anAccessRequestTakenOnTheHotlineIsDue15WorkingDaysLaterAndAnsweredOnTimeByCompliance() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		var before = api.as("chen.compliance").get("/api/v1/privacy-requests/figures?from=" + today + "&to=" + today).body();

		var registered = register("wang.agent", "ACCESS");

		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		var request = registered.body();
		assertThat(request.get("requestNo").asString()).startsWith("DSR");
		assertThat(request.get("status").asString()).isEqualTo("OPEN");
		String due = api.as("admin").get("/api/v1/calendar/working-days?from=" + today + "&add=15").body().get("date").asString();
		assertThat(request.get("dueDate").asString()).isEqualTo(due);
		long id = request.get("id").asLong();

		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/assign",
				Api.json("assignee", "chen.compliance")).body().get("assignee").asString()).isEqualTo("chen.compliance");
		var answered = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer",
				Api.json("answer", "已通过网点提供个人信息副本"));

		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(answered.body().get("outcome").asString()).isEqualTo("FULFILLED");
		assertThat(answered.body().get("onTime").asBoolean()).isTrue();
		var figures = api.as("chen.compliance").get("/api/v1/privacy-requests/figures?from=" + today + "&to=" + today);
		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
		var after = figures.body();
		assertThat(after.get("answered").asLong()).isEqualTo(before.get("answered").asLong() + 1);
		assertThat(after.get("answeredOnTime").asLong()).isEqualTo(before.get("answeredOnTime").asLong() + 1);
		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer",
				Api.json("answer", "again")).status()).isEqualTo(409);
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=privacy-request&entityId=" + id).text();
		assertThat(trail).contains("privacy-request.registered", "privacy-request.assigned", "privacy-request.answered");
	}

	@Test
	void anAnsweredDeletionRequestRestrictsTheCustomerWhoThenConsentsToNoMarketing() {
		api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents", Api.json("purpose", "MARKETING", "granted",
				true, "channel", "BRANCH"));
		long id = register("zhang.rm", "DELETION").body().get("id").asLong();

		var answered = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer",
				Api.json("answer", "依反洗钱法须保存至业务关系结束后10年，期间限制处理"));

		assertThat(answered.body().get("outcome").asString()).isEqualTo("RESTRICTED");
		var shown = api.as("zhang.rm").get("/api/v1/customers/" + customer).body();
		assertThat(shown.get("restrictedAt").isNull()).isFalse();
		var listed = api.as("zhang.rm").get("/api/v1/customers?query=" + shown.get("name").asString()).body().get("content");
		assertThat(listed.valueStream()).anySatisfy(c -> assertThat(c.get("restrictedAt").isNull()).isFalse());
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text();
		assertThat(trail).contains("customer.restricted");
	}

	@Test
	void onlyComplianceAnswersAndACustomerOutOfScopeIsNotFound() {
		long id = register("zhang.rm", "CORRECTION").body().get("id").asLong();

		assertThat(api.as("zhang.rm").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer", "好")).status())
			.isEqualTo(403);
		assertThat(api.as("li.rm").get("/api/v1/privacy-requests/" + id).status()).isEqualTo(404);
		assertThat(register("li.rm", "ACCESS").status()).isEqualTo(404);
	}

	@Test
	void aRequestWithoutAKindIsRefusedNamingTheField() {
		var refused = api.as("wang.agent").post("/api/v1/privacy-requests", Api.json("customerId", customer, "channel", "PHONE"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("\"kind\"");
	}

	@Test
	void anAnsweredCorrectionChangesTheCustomersDataAndTheAuditTrailSaysWhy() {
		long id = register("wang.agent", "CORRECTION").body().get("id").asLong();

		var answered = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer",
				"已按客户提供的材料更正", "corrections", Api.json("phone", "13912345678", "address", "上海市徐汇区漕溪北路88号")));

		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		var revealed = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/pii-reveal", Api.json("reason", "核对更正"));
		assertThat(revealed.body().get("phone").asString()).isEqualTo("13912345678");
		assertThat(revealed.body().get("address").asString()).isEqualTo("上海市徐汇区漕溪北路88号");
		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text();
		assertThat(trail).contains("customer.corrected").contains(answered.body().get("requestNo").asString());
	}

	@Test
	void aCorrectionWithoutCorrectedValuesOrOfTheIdNumberIsRefusedNamingTheField() {
		long id = register("wang.agent", "CORRECTION").body().get("id").asLong();

		var none = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer", "已更正"));
		var idNumber = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer",
				"已更正", "corrections", Api.json("idNumber", "110105194901010002")));
		var badPhone = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer",
				"已更正", "corrections", Api.json("phone", "12")));

		assertThat(none.status()).isEqualTo(400);
		assertThat(none.text()).contains("corrections");
		assertThat(idNumber.status()).isEqualTo(400);
		assertThat(idNumber.text()).contains("corrections.idNumber");
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.text()).contains("phone");
		assertThat(api.as("chen.compliance").get("/api/v1/privacy-requests/" + id).body().get("status").asString())
			.isEqualTo("OPEN");
	}

	@Test
	void anAnsweredConsentWithdrawalWithdrawsTheConsent() {
		assertThat(api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents", Api.json("purpose", "MARKETING",
				"granted", true, "channel", "BRANCH")).status()).isEqualTo(200);
		long id = register("wang.agent", "CONSENT_WITHDRAWAL").body().get("id").asLong();

		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer", "已撤回")).status())
			.as("which consent is withdrawn must be said").isEqualTo(400);
		var answered = api.as("chen.compliance").post("/api/v1/privacy-requests/" + id + "/answer", Api.json("answer",
				"已撤回营销同意", "withdrawals", java.util.List.of("MARKETING")));

		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		// the history, newest first: the withdrawal above the grant it ends
		var latest = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/consents").body().at("/content/0");
		assertThat(latest.get("purpose").asString()).isEqualTo("MARKETING");
		assertThat(latest.get("granted").asBoolean()).isFalse();
		assertThat(latest.get("channel").asString()).isEqualTo("PRIVACY_REQUEST");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text())
			.contains("customer.consent-withdrawn");
	}
}
