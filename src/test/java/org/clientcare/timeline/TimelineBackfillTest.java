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
import org.springframework.jdbc.core.JdbcTemplate;

/** History from before the timeline listened comes onto it by the one-off back-fill, once. */
@IntegrationTest
class TimelineBackfillTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	List<String> kinds(long customer) {
		return api.as("zhang.rm").get("/api/v1/customers/" + customer + "/timeline?size=50").body().get("content")
			.valueStream().map(e -> e.get("kind").asString()).toList();
	}

	long timelineRows(long customer) {
		return jdbc.queryForObject("select count(*) from timeline_entry where customer_id = ?", Long.class, customer);
	}

	@Test
	void aVisitARevisitAComplaintAndACaseFromBeforeTheTimelineAppearOnItInOrderAndASecondRunAddsNothing() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var visit = api.as("zhang.rm").post("/api/v1/visits", Api.json("customerId", customer, "kind", "ROUTINE",
				"method", "PHONE", "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3).toString(),
				"purpose", "早年的季度问候", "summary", "客户一切安好。"));
		assertThat(visit.status()).as(visit.text()).isEqualTo(201);
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits", Api.json("notes", "跟进"))
			.body().get("id").asLong();
		assertThat(api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome", Api.json("method", "PHONE",
				"reached", true, "satisfaction", 5)).status()).isEqualTo(200);
		assertThat(api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer, "complainantName",
				"投诉人", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES", "content",
				"年费未经同意被扣收")).status()).isEqualTo(201);
		assertThat(api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "OTHER", "title",
				"资料变更")).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(customer).containsAll(List.of("VISIT", "REVISIT_DONE",
				"COMPLAINT_REGISTERED", "CASE_OPENED")));
		// as if all of it had happened before the timeline listened
		jdbc.update("delete from timeline_entry where customer_id = ?", customer);
		assertThat(kinds(customer)).isEmpty();

		var run = api.as("admin").post("/api/v1/jobs/timeline-backfill/run", null);
		long after = timelineRows(customer);
		var again = api.as("admin").post("/api/v1/jobs/timeline-backfill/run", null);

		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(kinds(customer)).containsSubsequence("COMPLAINT_REGISTERED", "REVISIT_DONE", "VISIT")
			.contains("CASE_OPENED");
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/timeline?size=50").text())
			.contains("早年的季度问候", "资料变更");
		assertThat(again.status()).isEqualTo(200);
		assertThat(timelineRows(customer)).as("a second run adds nothing").isEqualTo(after);
		assertThat(jdbc.queryForObject("select count(*) from timeline_backfill", Long.class)).isEqualTo(1);
	}

	@Test
	void anEventTheListenerAlreadyWroteIsNotWrittenTwice() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		assertThat(api.as("zhang.rm").post("/api/v1/visits", Api.json("customerId", customer, "kind", "BUSINESS",
				"method", "ON_SITE", "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(5).toString(),
				"purpose", "面谈", "summary", "客户关注养老规划。")).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(customer).contains("VISIT"));

		assertThat(api.as("admin").post("/api/v1/jobs/timeline-backfill/run", null).status()).isEqualTo(200);

		assertThat(kinds(customer).stream().filter("VISIT"::equals)).hasSize(1);
	}
}
