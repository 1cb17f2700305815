package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RevisitPlanningTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long customer(Object... extra) {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	List<LocalDate> dueDates(long customer, String reason) {
		return jdbc.queryForList("select due_date from revisit where customer_id = ? and reason = ? order by id",
				LocalDate.class, customer, reason);
	}

	@Test
	void aFundPurchaseOnNovember2IsRevisitedBy9NovemberAndItsRepeatCreatesNothing() {
		long customer = customer();
		var purchase = Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId", customer, "type", "PURCHASE",
				"productCode", "P-R3", "amount", "50000.00", "occurredAt", "2026-11-02T10:15:00+08:00");

		assertThat(api.as("core.feed").post("/api/v1/transactions", purchase).status()).isEqualTo(201);
		var due = await().until(() -> dueDates(customer, "POST_PURCHASE"), list -> !list.isEmpty());
		assertThat(api.as("core.feed").post("/api/v1/transactions", purchase).status()).isEqualTo(200);

		assertThat(due).containsExactly(LocalDate.of(2026, 11, 2).plusDays(7));
		assertThat(dueDates(customer, "POST_PURCHASE")).hasSize(1);
		var listed = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&customerId=" + customer).body();
		assertThat(listed.get("totalElements").asLong()).isEqualTo(1);
		var item = listed.get("content").get(0);
		assertThat(item.get("reason").asString()).isEqualTo("POST_PURCHASE");
		assertThat(item.get("dueDate").asString()).isEqualTo("2026-11-09");
		assertThat(item.get("status").asString()).isEqualTo("OPEN");
		assertThat(item.get("assignee").asString()).isEqualTo("zhang.rm");
	}

	@Test
	void aFifteenDayPolicyBoughtOnTheThursdayBeforeNationalDayIsRevisitedTwoWorkingDaysBeforeItsHesitationPeriodEnds() {
		long customer = customer();
		var purchase = Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId", customer, "type", "PURCHASE",
				"productCode", "INS-01", "amount", "20000.00", "occurredAt", "2026-09-24T15:00:00+08:00");

		assertThat(api.as("core.feed").post("/api/v1/transactions", purchase).status()).isEqualTo(201);
		var due = await().until(() -> dueDates(customer, "POST_PURCHASE"), list -> !list.isEmpty());

		// the period ends on 9 October; 8 October and 30 September are the two working days before it
		assertThat(due).containsExactly(LocalDate.of(2026, 9, 30));
		var item = api.as("zhang.rm").get("/api/v1/revisits?customerId=" + customer).body().get("content").get(0);
		assertThat(item.get("dueDate").asString()).isEqualTo("2026-09-30");
		assertThat(item.get("hesitationEndsOn").asString()).isEqualTo("2026-10-09");
		// and the read model published for the KPI lists it with its product and period, open
		var published = jdbc.queryForMap("select product_code, due_date, hesitation_ends_on, status, completed_at "
				+ "from hesitation_revisit_ref where customer_id = ?", customer);
		assertThat(published.get("product_code")).isEqualTo("INS-01");
		assertThat(published.get("hesitation_ends_on").toString()).isEqualTo("2026-10-09");
		assertThat(published.get("status")).isEqualTo("OPEN");
		assertThat(published.get("completed_at")).isNull();
	}

	@Test
	void aDepositCreatesNoRevisitAndAPrivateWealthPurchaseIsAlsoConfirmedAfterItsCoolingOff() {
		long customer = customer();
		api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId",
				customer, "type", "DEPOSIT", "amount", "100.00", "occurredAt", "2026-11-02T10:15:00+08:00"));
		api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId",
				customer, "type", "PURCHASE", "productCode", "P-R5", "amount", "1000000.00", "riskAcknowledged", true,
				"occurredAt", "2026-11-02T10:15:00+08:00"));

		var coolingOff = await().until(() -> dueDates(customer, "COOLING_OFF"), list -> !list.isEmpty());

		assertThat(coolingOff).containsExactly(LocalDate.of(2026, 11, 3));
		assertThat(jdbc.queryForObject("select count(*) from revisit where customer_id = ? and reason = 'POST_PURCHASE'",
				Long.class, customer)).isEqualTo(1);
	}

	@Test
	void runningThePlannerTwiceCreatesNothingTheSecondTime() {
		long customer = customer();
		long expiring = customer("idExpiry", LocalDate.now().plusDays(10).toString());

		var first = api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);
		var second = api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);
		var reverification = api.as("admin").post("/api/v1/jobs/reverification/run", null);
		var again = api.as("admin").post("/api/v1/jobs/reverification/run", null);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body().get("result").get("cadence").asInt()).isPositive();
		assertThat(second.body().get("result").get("cadence").asInt()).isZero();
		assertThat(reverification.status()).as(reverification.text()).isEqualTo(200);
		assertThat(reverification.body().get("result").get("planned").asInt()).isPositive();
		assertThat(again.body().get("result").get("planned").asInt()).isZero();
		assertThat(dueDates(customer, "CADENCE")).hasSize(1);
		assertThat(dueDates(expiring, "REVERIFICATION")).hasSize(1);
		assertThat(dueDates(customer, "REVERIFICATION")).isEmpty();
	}

	@Test
	void aRestrictedCustomerGetsNoCadenceRevisitAndIsBadgedOnTheRevisitsItHas() {
		long restricted = customer();
		long other = customer();
		var purchase = Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId", restricted, "type", "PURCHASE",
				"productCode", "P-R3", "amount", "50000.00", "occurredAt", "2026-11-02T10:15:00+08:00");
		assertThat(api.as("core.feed").post("/api/v1/transactions", purchase).status()).isEqualTo(201);
		await().until(() -> dueDates(restricted, "POST_PURCHASE"), list -> !list.isEmpty());
		long request = api.as("zhang.rm").post("/api/v1/privacy-requests", Api.json("customerId", restricted, "kind",
				"DELETION", "channel", "BRANCH")).body().get("id").asLong();
		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + request + "/answer",
				Api.json("answer", "依法保存，限制处理")).status()).isEqualTo(200);

		assertThat(api.as("admin").post("/api/v1/jobs/revisit-planning/run", null).status()).isEqualTo(200);

		assertThat(dueDates(restricted, "CADENCE")).isEmpty();
		assertThat(dueDates(other, "CADENCE")).hasSize(1);
		var item = api.as("zhang.rm").get("/api/v1/revisits?customerId=" + restricted).body().get("content").get(0);
		assertThat(item.get("customerRestricted").asBoolean()).isTrue();
	}

	@Test
	void aCompletedReverificationRecordsThatTheContactDataWasVerified() {
		long customer = customer();
		jdbc.update("update customer set contact_verified_at = now() - interval '13 months' where id = ?", customer);

		api.as("admin").post("/api/v1/jobs/reverification/run", null);
		long revisit = jdbc.queryForObject("select id from revisit where customer_id = ? and reason = 'REVERIFICATION'",
				Long.class, customer);
		var done = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome", Api.json("method", "PHONE",
				"reached", true, "notes", "手机号与地址核对无误"));

		assertThat(done.status()).as(done.text()).isEqualTo(200);
		var verifiedAt = java.time.OffsetDateTime.parse(api.as("zhang.rm").get("/api/v1/customers/" + customer).body()
			.get("contactVerifiedAt").asString()).toInstant();
		assertThat(verifiedAt).isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
		api.as("admin").post("/api/v1/jobs/reverification/run", null);
		assertThat(dueDates(customer, "REVERIFICATION")).hasSize(1);
	}

	@Test
	void anOverdueRevisitIsEscalatedToTheBranchManagerOnce() {
		long customer = customer();
		jdbc.update("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				values (?, 'MANUAL', ?, ?, 'OPEN', null, now())""", customer, "manual:" + UUID.randomUUID(),
				LocalDate.now().minusDays(3));

		api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);
		var again = api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);

		assertThat(jdbc.queryForObject("select count(*) from revisit where customer_id = ? and escalated_at is not null",
				Long.class, customer)).isEqualTo(1);
		assertThat(again.body().get("result").get("escalated").asInt()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification_outbox where template = 'revisit-overdue'",
				Long.class)).isPositive();
	}
}
