package org.clientcare.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TransactionIntakeTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	@Test
	void aPurchaseIsRecordedOnceAndItsRepeatAnswersTheFirstResultAndRepeatsNothing() {
		long customer = customer();
		String externalId = "CORE-" + UUID.randomUUID();
		var purchase = Api.json("externalId", externalId, "customerId", customer, "type", "PURCHASE", "productCode", "P-R3",
				"amount", "50000.00", "occurredAt", "2026-11-02T10:15:00+08:00");

		var first = api.as("core.feed").post("/api/v1/transactions", purchase);
		var repeat = api.as("core.feed").post("/api/v1/transactions", purchase);

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(first.body().get("amount").decimalValue()).isEqualByComparingTo("50000.00");
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where external_id = ?", Long.class,
				externalId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'transaction.recorded' and entity_id = ?",
				Long.class, first.body().get("id").asString())).isEqualTo(1);
	}

	@Test
	void theLocationOfARecordedTransactionAnswersItToTheIntakeToComplianceAndToStaffWhoSeeItsCustomerAndToNoOneElse() {
		var first = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer(), "type", "DEPOSIT", "amount", "800.00", "occurredAt", "2026-11-02T10:15:00+08:00"));

		var readBack = api.as("core.feed").get(first.header("Location"));
		var byCompliance = api.as("chen.compliance").get(first.header("Location"));
		var byManager = api.as("zhang.rm").get(first.header("Location"));
		var byOtherManager = api.as("li.rm").get(first.header("Location"));
		var unknown = api.as("core.feed").get("/api/v1/transactions/999999999");

		assertThat(readBack.status()).as(readBack.text()).isEqualTo(200);
		assertThat(readBack.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(readBack.body().get("amount").decimalValue()).isEqualByComparingTo("800.00");
		assertThat(byCompliance.status()).as(byCompliance.text()).isEqualTo(200);
		assertThat(byCompliance.body().get("amount").decimalValue()).isEqualByComparingTo("800.00");
		assertThat(byManager.status()).as("the customer's own manager").isEqualTo(200);
		assertThat(byOtherManager.status()).as("a customer outside the caller's scope").isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void badReportsAreRefusedNamingTheFieldAndUnknownCustomersAreNotFound() {
		long customer = customer();

		var noProduct = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "X-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "NOPE", "amount", "1.00",
				"occurredAt", "2026-11-02T10:15:00+08:00"));
		var negative = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "X-" + UUID.randomUUID(),
				"customerId", customer, "type", "DEPOSIT", "amount", "-5", "occurredAt", "2026-11-02T10:15:00+08:00"));
		var unknownType = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "X-" + UUID.randomUUID(),
				"customerId", customer, "type", "GIFT", "amount", "5", "occurredAt", "2026-11-02T10:15:00+08:00"));
		var nobody = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "X-" + UUID.randomUUID(),
				"customerId", 999_999_999, "type", "DEPOSIT", "amount", "5", "occurredAt", "2026-11-02T10:15:00+08:00"));

		assertThat(noProduct.body().get("errors").get(0).get("field").asString()).isEqualTo("productCode");
		assertThat(negative.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		assertThat(unknownType.body().get("errors").get(0).get("field").asString()).isEqualTo("type");
		assertThat(nobody.status()).isEqualTo(404);
	}

	@Test
	void onlyTheIntakeUserAndAdministratorsReportTransactions() {
		var byManager = api.as("zhang.rm").post("/api/v1/transactions", Api.json("externalId", "X-" + UUID.randomUUID(),
				"customerId", customer(), "type", "DEPOSIT", "amount", "5", "occurredAt", "2026-11-02T10:15:00+08:00"));

		assertThat(byManager.status()).isEqualTo(403);
		assertThat(api.as("core.feed").get("/api/v1/products").status()).isEqualTo(403);
		assertThat(Pages.all(api.as("zhang.rm"), "/api/v1/products").toString()).contains("P-R5", "INS-01");
	}

	@Test
	void theCoreSystemsFileIsRecordedRowByRowAndSendingItAgainRepeatsNothing() {
		long customer = customer();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = "externalId,customerId,type,productCode,amount,occurredAt,riskAcknowledged\n"
				+ "F-" + run + "-1," + customer + ",PURCHASE,P-R2,10000.00,2026-11-02T10:00:00+08:00,false\n"
				+ "F-" + run + "-2," + customer + ",DEPOSIT,,500.00,2026-11-02T11:00:00+08:00,\n"
				+ "F-" + run + "-3," + customer + ",PURCHASE,NOPE,1.00,2026-11-02T12:00:00+08:00,false\n"
				+ "F-" + run + "-4," + customer + ",DEPOSIT,,-3,2026-11-02T12:00:00+08:00,false\n";

		var first = api.as("core.feed").upload("/api/v1/imports/transactions", "file", "tx.csv", file);
		var again = api.as("core.feed").upload("/api/v1/imports/transactions", "file", "tx.csv", file);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body().get("recorded").asLong()).isEqualTo(2);
		assertThat(first.body().get("rejected").asLong()).isEqualTo(2);
		assertThat(first.body().get("errors").valueStream().map(e -> e.get("line").asLong() + ":" + e.get("field").asString()))
			.containsExactly("4:productCode", "5:amount");
		assertThat(again.body().get("recorded").asLong()).isZero();
		assertThat(again.body().get("repeated").asLong()).isEqualTo(2);
		assertThat(api.as("zhang.rm").upload("/api/v1/imports/transactions", "file", "tx.csv", file).status()).isEqualTo(403);
	}

	/**
	 * A row with an amount beyond the 16 digits kept, a time before 1900 or an overlong product code is refused with its
	 * line and field like any other bad row, and the rows around it are recorded: such a row once failed the whole file
	 * with a 400 naming only request, after the rows before it had been recorded.
	 */
	@Test
	void aRowOfTheCoreSystemsFileBeyondWhatIsKeptIsRefusedByLineAndFieldAndTheOthersAreRecorded() {
		long customer = customer();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = "externalId,customerId,type,productCode,amount,occurredAt\n"
				+ "K-" + run + "-1," + customer + ",DEPOSIT,,500.00,2026-11-02T11:00:00+08:00\n"
				+ "K-" + run + "-2," + customer + ",DEPOSIT,,1e30,2026-11-02T11:00:00+08:00\n"
				+ "K-" + run + "-3," + customer + ",DEPOSIT,,10000000000000000,2026-11-02T11:00:00+08:00\n"
				+ "K-" + run + "-4," + customer + ",DEPOSIT,,5.00,0001-01-01T00:00:00+08:00\n"
				+ "K-" + run + "-5," + customer + ",DEPOSIT," + "P".repeat(40) + ",5.00,2026-11-02T11:00:00+08:00\n"
				+ "K-" + run + "-6," + customer + ",DEPOSIT,,600.00,2026-11-02T12:00:00+08:00\n";

		var report = api.as("core.feed").upload("/api/v1/imports/transactions", "file", "tx.csv", file);

		assertThat(report.status()).as(report.text()).isEqualTo(200);
		assertThat(report.body().get("recorded").asLong()).isEqualTo(2);
		assertThat(report.body().get("errors").valueStream().map(e -> e.get("line").asLong() + ":" + e.get("field").asString()))
			.containsExactly("3:amount", "4:amount", "5:occurredAt", "6:productCode");
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where external_id like ?", Long.class,
				"K-" + run + "-%")).isEqualTo(2);
	}
}
