package org.clientcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AccountIntakeTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	static String externalId() {
		return "ACC-" + UUID.randomUUID();
	}

	@Test
	void anOpeningIsRecordedOnceAndItsRepeatAnswersTheFirstResultAndRepeatsNothing() {
		long customer = customer();
		String externalId = externalId();
		var opening = Api.json("externalId", externalId, "customerId", customer, "kind", "BASIC", "openedAt",
				"2026-11-02T10:15:00+08:00", "orgUnit", "SH-PD");

		var first = api.as("core.feed").post("/api/v1/accounts", opening);
		var repeat = api.as("core.feed").post("/api/v1/accounts", opening);

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(first.header("Location")).endsWith("/api/v1/accounts/" + externalId);
		assertThat(first.body().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(jdbc.queryForObject("select count(*) from account where external_id = ?", Long.class, externalId)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.opened' and entity_id = ?",
				Long.class, first.body().get("id").asString())).isOne();
	}

	@Test
	void theLocationOfAnOpenedAccountAnswersItToTheIntakeToComplianceAndToStaffWhoSeeItsCustomerAndToNoOneElse() {
		var first = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId(), "customerId",
				customer(), "kind", "GENERAL", "openedAt", "2026-11-02T10:15:00+08:00", "orgUnit", "SH-PD"));

		var readBack = api.as("core.feed").get(first.header("Location"));
		var byCompliance = api.as("chen.compliance").get(first.header("Location"));
		var byManager = api.as("zhang.rm").get(first.header("Location"));
		var byOtherManager = api.as("li.rm").get(first.header("Location"));
		var unknown = api.as("core.feed").get("/api/v1/accounts/" + externalId());

		assertThat(readBack.status()).as(readBack.text()).isEqualTo(200);
		assertThat(readBack.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(readBack.body().get("kind").asString()).isEqualTo("GENERAL");
		assertThat(byCompliance.status()).as(byCompliance.text()).isEqualTo(200);
		assertThat(byCompliance.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(byManager.status()).as("the customer's own manager").isEqualTo(200);
		assertThat(byOtherManager.status()).as("a customer outside the caller's scope").isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void aDormantAccountReactivatedIsTwoChangesAndARepeatedReportChangesNothing() {
		String externalId = externalId();
		api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId, "customerId", customer(), "kind",
				"PERSONAL_SETTLEMENT", "openedAt", "2026-01-05", "orgUnit", "SH-PD"));

		var dormant = api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status",
				Api.json("status", "DORMANT", "at", "2026-06-01T09:00:00+08:00"));
		var again = api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status",
				Api.json("status", "DORMANT", "at", "2026-06-01T09:00:00+08:00"));
		var active = api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status",
				Api.json("status", "ACTIVE", "at", "2026-09-01T09:00:00+08:00"));
		var stale = api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status",
				Api.json("status", "DORMANT", "at", "2026-07-01T09:00:00+08:00"));

		assertThat(dormant.status()).as(dormant.text()).isEqualTo(200);
		assertThat(dormant.body().get("status").asString()).isEqualTo("DORMANT");
		assertThat(again.status()).isEqualTo(200);
		assertThat(active.body().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(stale.body().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(jdbc.queryForObject("""
				select count(*) from account_status_change c join account a on a.id = c.account_id
				where a.external_id = ?""", Long.class, externalId)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.status-changed' and entity_id = ?",
				Long.class, dormant.body().get("id").asString())).isEqualTo(2);
	}

	@Test
	void aClosedAccountStaysClosed() {
		String externalId = externalId();
		api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId, "customerId", customer(), "kind",
				"TEMPORARY", "openedAt", "2026-01-05", "orgUnit", "SH-PD"));
		api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status", Api.json("status", "CLOSED", "at", "2026-02-01"));

		var reopen = api.as("core.feed").post("/api/v1/accounts/" + externalId + "/status",
				Api.json("status", "ACTIVE", "at", "2026-03-01"));

		assertThat(reopen.status()).isEqualTo(409);
		assertThat(reopen.contentType()).startsWith("application/problem+json");
	}

	@Test
	void badReportsAreRefusedNamingTheFieldAndUnknownOnesAreNotFound() {
		long customer = customer();

		var kind = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId(), "customerId", customer,
				"kind", "SAVINGS", "openedAt", "2026-01-05", "orgUnit", "SH-PD"));
		var unit = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId(), "customerId", customer,
				"kind", "BASIC", "openedAt", "2026-01-05", "orgUnit", "NOWHERE"));
		var when = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId(), "customerId", customer,
				"kind", "BASIC", "openedAt", "last tuesday", "orgUnit", "SH-PD"));
		var nobody = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", externalId(), "customerId",
				999_999_999, "kind", "BASIC", "openedAt", "2026-01-05", "orgUnit", "SH-PD"));
		var status = api.as("core.feed").post("/api/v1/accounts/" + externalId() + "/status", Api.json("status", "DORMANT"));
		var badStatus = api.as("core.feed").post("/api/v1/accounts/X/status", Api.json("status", "ASLEEP"));

		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.body().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(unit.body().get("errors").get(0).get("field").asString()).isEqualTo("orgUnit");
		assertThat(when.body().get("errors").get(0).get("field").asString()).isEqualTo("openedAt");
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(status.status()).isEqualTo(404);
		assertThat(badStatus.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void onlyTheIntakeUserReportsAccountsAndTheManagerSeesThemOnTheCustomersPage() throws Exception {
		long customer = customer();
		String externalId = externalId();
		var opening = Api.json("externalId", externalId, "customerId", customer, "kind", "GENERAL", "openedAt",
				"2026-03-02", "orgUnit", "SH-PD");

		assertThat(api.as("zhang.rm").post("/api/v1/accounts", opening).status()).isEqualTo(403);
		api.as("core.feed").post("/api/v1/accounts", opening);
		String page = send(SignedInPages.as("zhang.rm", port), "/customers/" + customer + "?lang=en").body();

		assertThat(page).contains("id=\"accounts\"", externalId, "General account", "2026-03-02").doesNotContain(">GENERAL<");
	}

	private HttpResponse<String> send(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theBackFillFileRecordsEachGoodRowOnceWithItsStatusAndListsTheBadRowsByLineAndField() {
		long customer = customer();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = "externalId,customerId,kind,openedAt,orgUnit,status,statusAt\n"
				+ "BF-" + run + "-1," + customer + ",BASIC,2025-03-02,SH-PD,,\n"
				+ "BF-" + run + "-2," + customer + ",GENERAL,2025-04-01T09:00:00+08:00,SH-PD,DORMANT,2026-01-05\n"
				+ "BF-" + run + "-3," + customer + ",SAVINGS,2025-04-01,SH-PD,,\n"
				+ "BF-" + run + "-4," + customer + ",BASIC,yesterday,SH-PD,,\n"
				+ "BF-" + run + "-5," + customer + ",BASIC,2025-04-01,NOWHERE,,\n"
				+ "BF-" + run + "-6,999999999,BASIC,2025-04-01,SH-PD,,\n";

		var first = api.as("core.feed").upload("/api/v1/imports/accounts", "file", "accounts.csv", file);
		var again = api.as("core.feed").upload("/api/v1/imports/accounts", "file", "accounts.csv", file);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body().get("total").asLong()).isEqualTo(6);
		assertThat(first.body().get("recorded").asLong()).isEqualTo(2);
		assertThat(first.body().get("errors").valueStream().map(e -> e.get("line").asLong() + ":" + e.get("field").asString()))
			.containsExactly("4:kind", "5:openedAt", "6:orgUnit", "7:customerId");
		assertThat(again.body().get("recorded").asLong()).isZero();
		assertThat(again.body().get("repeated").asLong()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select status from account where external_id = ?", String.class, "BF-" + run + "-2"))
			.isEqualTo("DORMANT");
		assertThat(jdbc.queryForObject("select count(*) from account_status_change a join account b on b.id = a.account_id"
				+ " where b.external_id = ?", Long.class, "BF-" + run + "-2")).isOne();
	}

	@Test
	void aBackFillFileWithoutTheHeaderIsRefusedNamingTheFileAndOnlyTheIntakeUserMaySendOne() {
		var headless = api.as("core.feed").upload("/api/v1/imports/accounts", "file", "accounts.csv", "a,b\n1,2\n");
		var manager = api.as("zhang.rm").upload("/api/v1/imports/accounts", "file", "accounts.csv",
				"externalId,customerId,kind,openedAt,orgUnit\n");

		assertThat(headless.status()).isEqualTo(400);
		assertThat(headless.contentType()).startsWith("application/problem+json");
		assertThat(headless.text()).contains("\"file\"");
		assertThat(manager.status()).isEqualTo(403);
	}
}
