package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.ChangingRows;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SuitabilityTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void theCurrentQuestionnaireHasTenQuestionsWithScoredOptionsInChineseAndEnglish() {
		JsonNode questionnaire = api.as("zhang.rm").get("/api/v1/risk-questionnaires/current").body();

		assertThat(questionnaire.get("questions").size()).isEqualTo(10);
		JsonNode first = questionnaire.get("questions").get(0);
		assertThat(first.get("id").asString()).isEqualTo("age");
		assertThat(first.get("textZh").asString()).isNotBlank();
		assertThat(first.get("textEn").asString()).isNotBlank();
		assertThat(first.get("options").get(0).has("id")).isTrue();
		assertThat(first.get("options").get(0).has("score")).isTrue();
		assertThat(questionnaire.get("bands").size()).isEqualTo(5);
	}

	@Test
	void answersScoringIntoEachBandGiveC1ToC5ValidForTwelveMonths() {
		long customer = customer();
		Map<Integer, String> expected = Map.of(10, "C1", 16, "C1", 17, "C2", 25, "C3", 30, "C4", 35, "C5", 40, "C5");

		expected.forEach((score, level) -> {
			var answer = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
					Api.json("answers", answersScoring(score)));

			assertThat(answer.status()).as(answer.text()).isEqualTo(201);
			assertThat(answer.body().get("score").asInt()).isEqualTo(score);
			assertThat(answer.body().get("level").asString()).as("score " + score).isEqualTo(level);
			assertThat(answer.body().get("validUntil").asString())
				.isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(12).toString());
		});
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/risk-assessments").body().get("content").size())
			.isEqualTo(expected.size());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'risk-assessment.recorded'"
				+ " and entity_id = ?", Long.class, Long.toString(customer))).isEqualTo(expected.size());
	}

	@Test
	void everyQuestionMustBeAnsweredWithOneOfItsOptions() {
		long customer = customer();
		Map<String, String> answers = answersScoring(25);
		answers.remove("horizon");
		answers.put("loss", "age-A");

		var refused = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
				Api.json("answers", answers));
		var nothing = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments", Api.json());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("answers.horizon", "answers.loss");
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.text()).contains("answers");
	}

	@Test
	void anAssessmentFromThirteenMonthsAgoAnswersAssessmentExpired() {
		long customer = customer();
		clock.fixAt(Instant.now().minus(Duration.ofDays(395)));
		try {
			assess(customer, 25);
		}
		finally {
			clock.reset();
		}

		var check = check(customer, "P-R1");

		assertThat(check.get("result").asString()).isEqualTo("ASSESSMENT_EXPIRED");
		assertThat(check.get("customerLevel").asString()).isEqualTo("C3");
	}

	@Test
	void withoutAnAssessmentTheCheckAnswersNoAssessmentAndItsAuditRecordsTheRiskLevelAsAbsent() {
		long customer = customer();
		var check = check(customer, "P-R1");

		assertThat(check.get("result").asString()).isEqualTo("NO_ASSESSMENT");
		assertThat(check.get("productLevel").asString()).isEqualTo("R1");
		assertThat(jdbc.queryForObject(
				"select after_state from audit_entry where action = 'suitability.checked' and entity_id = ?", String.class,
				Long.toString(customer)))
			.contains("\"customerLevel\":null")
			.doesNotContain("\"null\"");
	}

	@Test
	void aBalancedCustomerMayBuyR3ButR4IsAMismatchAndEveryCheckIsKeptAndAudited() {
		long customer = customer();
		assess(customer, 25);

		var r3 = check(customer, "P-R3");
		var r4 = check(customer, "P-R4");

		assertThat(r3.get("result").asString()).isEqualTo("MATCH");
		assertThat(r4.get("result").asString()).isEqualTo("MISMATCH");
		assertThat(r4.get("customerLevel").asString()).isEqualTo("C3");
		assertThat(r4.get("productLevel").asString()).isEqualTo("R4");
		assertThat(jdbc.queryForObject("select count(*) from suitability_check where customer_id = ?", Long.class, customer))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'suitability.checked' and entity_id = ?",
				Long.class, Long.toString(customer))).isEqualTo(2);
	}

	@Test
	void aReportedPurchaseOfR4WithoutAcknowledgmentIsRecordedAndRaisesAnAlertThatComplianceCloses() {
		long customer = customer();
		assess(customer, 25);

		long transaction = purchase(customer, "P-R4", false);
		JsonNode alert = awaitAlert(transaction);

		assertThat(alert.get("result").asString()).isEqualTo("MISMATCH");
		assertThat(alert.get("status").asString()).isEqualTo("OPEN");
		assertThat(api.as("zhang.rm").get("/api/v1/suitability-alerts").status()).isEqualTo(403);
		var noFinding = api.as("chen.compliance").post("/api/v1/suitability-alerts/" + alert.get("id").asLong() + "/close",
				Api.json());
		var closed = api.as("chen.compliance").post("/api/v1/suitability-alerts/" + alert.get("id").asLong() + "/close",
				Api.json("finding", "Sold without the risk disclosure; manager retrained"));
		var again = api.as("chen.compliance").post("/api/v1/suitability-alerts/" + alert.get("id").asLong() + "/close",
				Api.json("finding", "again"));
		assertThat(noFinding.status()).isEqualTo(400);
		assertThat(noFinding.text()).contains("finding");
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
		assertThat(again.status()).isEqualTo(409);
		assertThat(api.as("chen.compliance").get("/api/v1/suitability-alerts?status=CLOSED&size=500").text())
			.contains("\"transactionId\":" + transaction);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'suitability-alert.closed'"
				+ " and entity_id = ?", Long.class, alert.get("id").asString())).isEqualTo(1);
	}

	/**
	 * Compliance closes alerts while others read the queue; a page of one status and its count must still agree: read
	 * from different moments, an alert closed between the two left a page and a count that disagree.
	 */
	@Test
	void aPageOfOpenAlertsAgreesWithItsCountWhileAnAlertKeepsBeingClosedAndReopened() throws Exception {
		long customer = customer();
		assess(customer, 25);
		long alert = awaitAlert(purchase(customer, "P-R4", false)).get("id").asLong();
		var compliance = api.as("chen.compliance");

		ChangingRows.readWhileChanging(() -> jdbc.update(
				"update suitability_alert set status = case status when 'OPEN' then 'CLOSED' else 'OPEN' end where id = ?",
				alert), 150, () -> ChangingRows
					.assertPageAgreesWithCount(compliance.get("/api/v1/suitability-alerts?status=OPEN&size=500").body()));
	}

	@Test
	void aReportedPurchaseOfR4WithASignedAcknowledgmentRaisesNoAlertAndIsOnTheMismatchReport() {
		long customer = customer();
		assess(customer, 25);
		var acknowledgment = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-acknowledgments",
				Api.json("productCode", "P-R4", "signedAt", OffsetDateTime.now().minusHours(1).toString(), "note",
						"Signed the disclosure at the counter"));
		assertThat(acknowledgment.status()).as(acknowledgment.text()).isEqualTo(201);

		long transaction = purchase(customer, "P-R4", false);
		assertThat(awaitCheck(transaction)).isEqualTo("MISMATCH");
		assertThat(jdbc.queryForObject("select count(*) from suitability_alert where transaction_id = ?", Long.class,
				transaction)).isZero();
		String report = api.as("chen.compliance").get("/api/v1/suitability-mismatches?size=500").text();
		assertThat(report).contains("\"transactionId\":" + transaction, "Signed the disclosure at the counter",
				"\"acknowledgmentId\":" + acknowledgment.body().get("id").asLong());
	}

	@Test
	void aConservativeCustomerIsProhibitedFromR2AndItsReportedPurchaseRaisesAnAlertEvenWhenAcknowledged() {
		long customer = customer();
		assess(customer, 10);
		api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-acknowledgments",
				Api.json("productCode", "P-R2", "signedAt", OffsetDateTime.now().minusHours(1).toString()));

		assertThat(check(customer, "P-R2").get("result").asString()).isEqualTo("PROHIBITED");
		long transaction = purchase(customer, "P-R2", true);

		JsonNode alert = awaitAlert(transaction);
		assertThat(alert.get("result").asString()).isEqualTo("PROHIBITED");
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where id = ?", Long.class, transaction))
			.isEqualTo(1);
	}

	@Test
	void aCustomerOutsideTheCallersScopeIsNotFound() {
		long customer = customer();

		assertThat(api.as("li.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
				Api.json("answers", answersScoring(25))).status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/suitability-checks",
				Api.json("customerId", customer, "productCode", "P-R1")).status()).isEqualTo(404);
		assertThat(api.as("li.rm").post("/api/v1/customers/" + customer + "/risk-acknowledgments",
				Api.json("productCode", "P-R4", "signedAt", OffsetDateTime.now().toString())).status()).isEqualTo(404);
		assertThat(api.as("li.rm").get("/api/v1/customers/" + customer + "/risk-assessments").status()).isEqualTo(404);
	}

	@Test
	void badRequestsAreRefusedNamingTheField() {
		long customer = customer();

		var unknownProduct = api.as("zhang.rm").post("/api/v1/suitability-checks",
				Api.json("customerId", customer, "productCode", "NOPE"));
		var noCustomer = api.as("zhang.rm").post("/api/v1/suitability-checks", Api.json("productCode", "P-R1"));
		var noSignature = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-acknowledgments",
				Api.json("productCode", "P-R4"));
		var futureSignature = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-acknowledgments",
				Api.json("productCode", "P-R4", "signedAt", OffsetDateTime.now().plusDays(2).toString()));

		assertThat(unknownProduct.body().get("errors").get(0).get("field").asString()).isEqualTo("productCode");
		assertThat(noCustomer.body().get("errors").get(0).get("field").asString()).isEqualTo("customerId");
		assertThat(noSignature.body().get("errors").get(0).get("field").asString()).isEqualTo("signedAt");
		assertThat(futureSignature.body().get("errors").get(0).get("field").asString()).isEqualTo("signedAt");
	}

	@Test
	void complianceReadsButDoesNotAssess() {
		long customer = customer();

		assertThat(api.as("chen.compliance").post("/api/v1/customers/" + customer + "/risk-assessments",
				Api.json("answers", answersScoring(25))).status()).isEqualTo(403);
	}

	@Test
	void administratorsPublishANewQuestionnaireVersionAndOthersMayNot() {
		JsonNode current = api.as("admin").get("/api/v1/risk-questionnaires/current").body();
		var body = Api.json("questions", current.get("questions"), "bands", current.get("bands"));

		var byManager = api.as("zhang.rm").put("/api/v1/risk-questionnaires/current", body);
		var published = api.as("admin").put("/api/v1/risk-questionnaires/current", body);
		var noBands = api.as("admin").put("/api/v1/risk-questionnaires/current",
				Api.json("questions", current.get("questions")));

		assertThat(byManager.status()).isEqualTo(403);
		assertThat(published.status()).as(published.text()).isEqualTo(200);
		assertThat(published.body().get("version").asInt()).isEqualTo(current.get("version").asInt() + 1);
		assertThat(noBands.status()).isEqualTo(400);
		assertThat(noBands.text()).contains("bands");
	}

	long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	void assess(long customer, int score) {
		var answer = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-assessments",
				Api.json("answers", answersScoring(score)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	JsonNode check(long customer, String product) {
		var answer = api.as("zhang.rm").post("/api/v1/suitability-checks",
				Api.json("customerId", customer, "productCode", product));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	long purchase(long customer, String product, boolean acknowledged) {
		var answer = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "S-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", product, "amount", "100000.00", "occurredAt",
				OffsetDateTime.now().minusMinutes(1).toString(), "riskAcknowledged", acknowledged));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.body().get("id").asLong();
	}

	/** The options of the current questionnaire whose scores add up to {@code score}. */
	Map<String, String> answersScoring(int score) {
		JsonNode questions = api.as("zhang.rm").get("/api/v1/risk-questionnaires/current").body().get("questions");
		Map<String, String> answers = new LinkedHashMap<>();
		int remaining = score;
		for (int i = 0; i < questions.size(); i++) {
			int after = questions.size() - i - 1;
			JsonNode chosen = null;
			for (JsonNode option : questions.get(i).get("options")) {
				int s = option.get("score").asInt();
				if (remaining - s >= after && (chosen == null || s > chosen.get("score").asInt())) {
					chosen = option;
				}
			}
			answers.put(questions.get(i).get("id").asString(), chosen.get("id").asString());
			remaining -= chosen.get("score").asInt();
		}
		assertThat(remaining).isZero();
		return answers;
	}

	/** The result of the check of a reported purchase, once the listener has made it. */
	String awaitCheck(long transaction) {
		return await("the check of transaction " + transaction).until(() -> jdbc.queryForList(
				"select result from suitability_check where transaction_id = ?", String.class, transaction), rows -> !rows.isEmpty())
			.get(0);
	}

	JsonNode awaitAlert(long transaction) {
		return await("an alert for transaction " + transaction).until(() -> api.as("chen.compliance")
			.get("/api/v1/suitability-alerts?status=OPEN&size=500").body().get("content").valueStream()
			.filter(alert -> alert.get("transactionId").asLong() == transaction).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}
}
