package org.clientcare.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.clientcare.assignment.internal.DiaryVisitHandover;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every visit is on the ledger, also one a manager wrote in the customer's diary. */
@IntegrationTest
class DiaryVisitsTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DiaryVisitHandover handover;

	List<JsonNode> ledger(long customer) {
		return api.as("zhang.rm").get("/api/v1/visits?customerId=" + customer).body().get("content").valueStream().toList();
	}

	@Test
	void aVisitWrittenInTheDiaryIsOnTheLedgerAndTheTimelineOnce() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		LocalDate yesterday = LocalDate.now().minusDays(1);
		var written = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/diary", Api.json("date",
				yesterday.toString(), "kind", "VISIT", "text", "上门拜访，了解养老规划需求\n客户关注稳健型产品。"));
		assertThat(written.status()).as(written.text()).isEqualTo(201);
		api.as("zhang.rm").post("/api/v1/customers/" + customer + "/diary", Api.json("kind", "PHONE", "text", "电话问候"));

		await().atMost(Duration.ofSeconds(30)).until(() -> ledger(customer), visits -> !visits.isEmpty());
		List<JsonNode> visits = ledger(customer);
		assertThat(visits).as("the phone call stays a diary note").hasSize(1);
		JsonNode visit = visits.get(0);
		assertThat(visit.get("purpose").asString()).isEqualTo("上门拜访，了解养老规划需求");
		assertThat(visit.get("summary").asString()).contains("客户关注稳健型产品。");
		assertThat(visit.get("kind").asString()).isEqualTo("ROUTINE");
		assertThat(visit.get("method").asString()).isEqualTo("ON_SITE");
		assertThat(visit.get("occurredAt").asString()).startsWith(yesterday.toString());
		await().atMost(Duration.ofSeconds(30)).until(() -> api.as("zhang.rm")
			.get("/api/v1/customers/" + customer + "/timeline").text().contains("\"VISIT\""));
	}

	@Test
	void visitsWrittenInDiariesBeforeTheLedgerExistedAreHandedOverAtTheNextStartOnlyOnce() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		// As an earlier version wrote it: a visit in the diary, never handed over.
		jdbc.sql("""
				insert into assignment_diary (customer_id, entry_date, kind, text, author, created_at)
				values (?, date '2026-03-02', 'VISIT', '季度走访', 'zhang.rm', timestamptz '2026-03-02 15:00+08')""")
			.param(customer).update();

		handover.handOverEarlierEntries();
		handover.handOverEarlierEntries();

		await().atMost(Duration.ofSeconds(30)).until(() -> ledger(customer), visits -> !visits.isEmpty());
		assertThat(ledger(customer)).singleElement().satisfies(visit -> {
			assertThat(visit.get("purpose").asString()).isEqualTo("季度走访");
			assertThat(visit.get("occurredAt").asString()).startsWith("2026-03-02T15:00");
		});
	}
}
