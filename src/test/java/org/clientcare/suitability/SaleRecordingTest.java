package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.shared.CustomerId;
import org.clientcare.support.Api;
import org.clientcare.support.ChangingRows;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Publications;
import org.clientcare.support.TestCustomers;
import org.clientcare.transaction.TransactionRecorded;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** Dual recording (双录) of the sales that need it: the duty, the alert without it, the reference, the quality check. */
@IntegrationTest
class SaleRecordingTest {

	static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SaleRecordings recordings;

	long customerAged(int years) {
		var body = TestCustomers.bornOn(LocalDate.now().minusYears(years).minusDays(30), "SH-PD", "zhang.rm");
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	long insurancePurchase(long customer, Object recording) {
		var body = Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId", customer, "type", "PURCHASE",
				"productCode", "INS-01", "amount", "30000.00", "occurredAt", OffsetDateTime.now().minusHours(1).toString());
		if (recording != null) {
			body.put("recording", recording);
		}
		var reported = api.as("core.feed").post("/api/v1/transactions", body);
		assertThat(reported.status()).as(reported.text()).isEqualTo(201);
		return reported.body().get("id").asLong();
	}

	JsonNode duty(long transaction) {
		return await().until(() -> api.as("admin").get("/api/v1/sale-recordings/" + transaction),
				answer -> answer.status() == 200).body();
	}

	JsonNode alertOf(long transaction) {
		return api.as("chen.compliance").get("/api/v1/suitability-alerts?size=500").body().get("content").valueStream()
			.filter(a -> a.get("transactionId").asLong() == transaction && "NO_DUAL_RECORDING".equals(a.get("kind").asString()))
			.findFirst().orElse(null);
	}

	@Test
	void aSixtyTwoYearOldsInsurancePurchaseWithoutARecordingRaisesAnAlertAndItsLaterReferenceClearsTheDutyNotTheHistory() {
		long customer = customerAged(62);
		long transaction = insurancePurchase(customer, null);

		var missing = duty(transaction);
		var alert = await().until(() -> alertOf(transaction), found -> found != null);
		var badHash = api.as("zhang.rm").put("/api/v1/sale-recordings/" + transaction,
				Api.json("recordingId", "REC-1", "hash", "not-a-hash", "durationSeconds", 900));
		var otherManager = api.as("li.rm").put("/api/v1/sale-recordings/" + transaction,
				Api.json("recordingId", "REC-1", "hash", HASH, "durationSeconds", 900));
		var referenced = api.as("zhang.rm").put("/api/v1/sale-recordings/" + transaction,
				Api.json("recordingId", "REC-" + transaction, "hash", HASH, "durationSeconds", 900, "checkedBy", "复核员王"));
		var again = api.as("zhang.rm").put("/api/v1/sale-recordings/" + transaction,
				Api.json("recordingId", "REC-" + transaction, "hash", HASH, "durationSeconds", 900));
		var another = api.as("zhang.rm").put("/api/v1/sale-recordings/" + transaction,
				Api.json("recordingId", "REC-OTHER", "hash", HASH, "durationSeconds", 900));

		assertThat(missing.get("status").asString()).isEqualTo("MISSING");
		assertThat(missing.get("customerAge").asInt()).isEqualTo(62);
		assertThat(missing.get("sampled").asBoolean()).as("every recording of a customer over 60 is checked").isTrue();
		assertThat(alert.get("status").asString()).isEqualTo("OPEN");
		assertThat(badHash.status()).isEqualTo(400);
		assertThat(badHash.body().get("errors").get(0).get("field").asString()).isEqualTo("hash");
		assertThat(otherManager.status()).isEqualTo(404);
		assertThat(referenced.status()).as(referenced.text()).isEqualTo(200);
		assertThat(referenced.body().get("status").asString()).isEqualTo("AWAITING_CHECK");
		assertThat(again.status()).isEqualTo(200);
		assertThat(another.status()).isEqualTo(409);
		assertThat(alertOf(transaction).get("status").asString()).as("the alert stays for compliance").isEqualTo("OPEN");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=sale-recording&entityId=" + transaction).body()
			.get("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void complianceChecksASampledRecordingOnceAndAFailedCheckNeedsAFinding() {
		long transaction = insurancePurchase(customerAged(65),
				Api.json("recordingId", "REC-" + UUID.randomUUID(), "hash", HASH, "durationSeconds", 1200));

		var reported = duty(transaction);
		var byManager = api.as("zhang.rm").post("/api/v1/sale-recordings/" + transaction + "/quality-check",
				Api.json("passed", true));
		var failedWithoutFinding = api.as("chen.compliance").post("/api/v1/sale-recordings/" + transaction + "/quality-check",
				Api.json("passed", false));
		var queue = api.as("chen.compliance").get("/api/v1/sale-recordings?status=AWAITING_CHECK&size=500").body();
		var failed = api.as("chen.compliance").post("/api/v1/sale-recordings/" + transaction + "/quality-check",
				Api.json("passed", false, "finding", "未完整揭示退保损失"));
		var twice = api.as("chen.compliance").post("/api/v1/sale-recordings/" + transaction + "/quality-check",
				Api.json("passed", true));

		assertThat(reported.get("status").asString()).isEqualTo("AWAITING_CHECK");
		assertThat(alertOf(transaction)).as("a recording given with the sale raises nothing").isNull();
		assertThat(byManager.status()).isEqualTo(403);
		assertThat(failedWithoutFinding.status()).isEqualTo(400);
		assertThat(failedWithoutFinding.body().get("errors").get(0).get("field").asString()).isEqualTo("finding");
		assertThat(queue.get("content").valueStream().anyMatch(r -> r.get("transactionId").asLong() == transaction)).isTrue();
		assertThat(failed.body().get("status").asString()).isEqualTo("CHECKED");
		assertThat(failed.body().get("qualityResult").asString()).isEqualTo("FAILED");
		assertThat(twice.status()).isEqualTo(409);
	}

	/**
	 * Compliance checks recordings while others read its queue; a page of one status and its count must still agree:
	 * read from different moments, a recording checked between the two left a page and a count that disagree.
	 */
	@Test
	void aPageOfRecordingsAwaitingTheirCheckAgreesWithItsCountWhileOneKeepsBeingChecked() throws Exception {
		long transaction = insurancePurchase(customerAged(66),
				Api.json("recordingId", "REC-" + UUID.randomUUID(), "hash", HASH, "durationSeconds", 600));
		assertThat(duty(transaction).get("status").asString()).isEqualTo("AWAITING_CHECK");
		var compliance = api.as("chen.compliance");

		ChangingRows.readWhileChanging(() -> jdbc.update("""
				update sale_recording set qc_result = case when qc_result is null then 'PASSED' end
				where transaction_id = ?""", transaction), 150, () -> ChangingRows
					.assertPageAgreesWithCount(compliance.get("/api/v1/sale-recordings?status=AWAITING_CHECK&size=500").body()));
	}

	@Test
	void aFortyYearOldsBankChannelInsurancePurchaseNeedsARecordingKeptTenYears() {
		long customer = customerAged(40);
		var body = Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId", customer, "type", "PURCHASE",
				"productCode", "INS-01", "amount", "30000.00", "occurredAt", OffsetDateTime.now().minusHours(1).toString(),
				"channel", "BANK");
		var reported = api.as("core.feed").post("/api/v1/transactions", body);
		assertThat(reported.status()).as(reported.text()).isEqualTo(201);
		long transaction = reported.body().get("id").asLong();

		var missing = duty(transaction);

		assertThat(reported.body().get("channel").asString()).isEqualTo("BANK");
		assertThat(missing.get("status").asString()).isEqualTo("MISSING");
		LocalDate soldOn = OffsetDateTime.now().minusHours(1).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
			.toLocalDate();
		assertThat(missing.get("retainUntil").asString()).isEqualTo(soldOn.plusYears(10).toString());
		assertThat(missing.get("keepUntil").asString()).isEqualTo(soldOn.plusYears(10).toString());
		assertThat(missing.get("disputeOpen").asBoolean()).isFalse();
		assertThat(await().until(() -> alertOf(transaction), found -> found != null)).isNotNull();
	}

	@Test
	void theRetentionJobPurgesARecordingPastItsYearsButNotOneADisputeStillHoldsNorItsCustomer() {
		long expired = insurancePurchase(customerAged(62),
				Api.json("recordingId", "REC-" + UUID.randomUUID(), "hash", HASH, "durationSeconds", 900));
		long heldCustomer = customerAged(63);
		long disputed = insurancePurchase(heldCustomer,
				Api.json("recordingId", "REC-" + UUID.randomUUID(), "hash", HASH, "durationSeconds", 900));
		duty(expired);
		duty(disputed);
		// both sales are past their product's years; a dispute about the second closed a month ago
		jdbc.update("update sale_recording set retain_until = current_date - 1 where transaction_id in (?, ?)", expired,
				disputed);
		jdbc.update("insert into sale_recording_dispute (remediation_id, transaction_id, opened_at, closed_on) "
				+ "values (?, ?, now() - interval '60 days', current_date - 30)", -disputed, disputed);

		var run = api.as("admin").post("/api/v1/jobs/retention/run", null);

		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.body().get("result").get("saleRecordings").get("purged").asLong()).isGreaterThanOrEqualTo(1);
		var purged = api.as("admin").get("/api/v1/sale-recordings/" + expired).body();
		assertThat(purged.get("status").asString()).isEqualTo("PURGED");
		assertThat(purged.get("purgedAt").isNull()).isFalse();
		var held = api.as("admin").get("/api/v1/sale-recordings/" + disputed).body();
		assertThat(held.get("status").asString()).isNotEqualTo("PURGED");
		assertThat(LocalDate.parse(held.get("keepUntil").asString())).isAfter(LocalDate.now().plusYears(1));
		assertThat(jdbc.queryForObject("select count(*) from recording_hold where customer_id = ?", Long.class,
				heldCustomer)).as("the customer is held for the retention job").isEqualTo(1);
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=sale-recording&entityId=" + expired).text())
			.contains("sale-recording.purged");
	}

	@Test
	void aRemediationOfASaleHandledBeforeTheSaleItselfHoldsTheRecordingFromTheStartAndSaysSoInTheAuditTrail() {
		long customer = customerAged(62);
		// the two events arrive in the other order: the remediation module's first, then the transaction module's
		long transaction = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		recordings.disputeOpened(-transaction, transaction, Instant.now());

		var duty = recordings.saleReported(transaction, new CustomerId(customer), "INS-01",
				Instant.now().minus(1, ChronoUnit.HOURS), null);

		assertThat(duty).isPresent();
		assertThat(duty.get().disputeOpen()).isTrue();
		assertThat(api.as("admin").get("/api/v1/sale-recordings/" + transaction).body().get("disputeOpen").asBoolean())
			.isTrue();
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=sale-recording&entityId=" + transaction).text())
			.contains("sale-recording.required", "sale-recording.dispute-opened", String.valueOf(-transaction));
	}

	@Test
	void aFortyYearOldsInsurancePurchaseNeedsNoRecordingUnderTheDefaultRule() {
		long transaction = insurancePurchase(customerAged(40), null);

		Publications.awaitCompleted(jdbc, TransactionRecorded.class, "transactionId", transaction);
		assertThat(api.as("admin").get("/api/v1/sale-recordings/" + transaction).status()).isEqualTo(404);
	}
}
