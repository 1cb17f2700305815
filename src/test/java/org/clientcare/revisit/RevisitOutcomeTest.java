package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RevisitOutcomeTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long customer(String unit, String manager) {
		return api.as(manager).post("/api/v1/customers", TestCustomers.individual(unit, manager)).body().get("id").asLong();
	}

	long manualRevisit(String manager, long customer) {
		var created = api.as(manager).post("/api/v1/customers/" + customer + "/revisits",
				Api.json("dueDate", LocalDate.now().toString(), "notes", "Ask about the new card"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	@Test
	void aReachedCustomerCompletesTheRevisitAndASecondOutcomeConflicts() {
		long revisit = manualRevisit("zhang.rm", customer("SH-PD", "zhang.rm"));
		String path = "/api/v1/revisits/" + revisit + "/outcome";

		var done = api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", true, "satisfaction", 5,
				"productUsage", "Uses the fund app monthly", "problems", "", "suggestions", "More branch hours"));
		var again = api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", true));

		assertThat(done.status()).as(done.text()).isEqualTo(200);
		assertThat(done.body().get("status").asString()).isEqualTo("DONE");
		assertThat(done.body().get("satisfaction").asInt()).isEqualTo(5);
		assertThat(done.body().get("reason").asString()).isEqualTo("MANUAL");
		assertThat(again.status()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'revisit.outcome-recorded' and entity_id = ?",
				Long.class, Long.toString(revisit))).isEqualTo(1);
	}

	@Test
	void threeFailedAttemptsMakeTheRevisitUnreachable() {
		long revisit = manualRevisit("zhang.rm", customer("SH-PD", "zhang.rm"));
		String path = "/api/v1/revisits/" + revisit + "/outcome";

		var first = api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", false, "notes", "No answer"));
		var second = api.as("zhang.rm").post(path, Api.json("method", "SMS", "reached", false));
		var third = api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", false));

		assertThat(first.body().get("status").asString()).isEqualTo("OPEN");
		assertThat(second.body().get("attempts").asInt()).isEqualTo(2);
		assertThat(third.body().get("status").asString()).isEqualTo("UNREACHABLE");
		assertThat(third.body().get("attempts").asInt()).isEqualTo(3);
		assertThat(api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", false)).status()).isEqualTo(409);
	}

	@Test
	void aCompletedCadenceRevisitPlansTheNextOne() {
		long customer = customer("SH-PD", "zhang.rm");
		api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);
		long cadence = jdbc.queryForObject("select id from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'",
				Long.class, customer);

		api.as("zhang.rm").post("/api/v1/revisits/" + cadence + "/outcome", Api.json("method", "VISIT", "reached", true));

		var next = jdbc.queryForList("select due_date from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'",
				LocalDate.class, customer);
		assertThat(next).containsExactly(LocalDate.now().plusYears(1));
	}

	@Test
	void anAccountManagerNeverSeesAnotherManagersRevisits() {
		long revisit = manualRevisit("li.rm", customer("SH-XH", "li.rm"));

		assertThat(api.as("zhang.rm").get("/api/v1/revisits/" + revisit).status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true)).status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").get("/api/v1/revisits?size=500&status=OPEN&dueBefore=" + LocalDate.now()).body()
			.get("content").valueStream().map(r -> r.get("id").asLong())).doesNotContain(revisit);
		assertThat(api.as("li.rm").get("/api/v1/revisits/" + revisit).status()).isEqualTo(200);
		assertThat(api.as("zhao.manager").get("/api/v1/revisits/" + revisit).status()).isEqualTo(200);
		assertThat(api.as("wang.agent").get("/api/v1/revisits/" + revisit).status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").post("/api/v1/revisits/" + revisit + "/outcome",
				Api.json("method", "PHONE", "reached", true)).status()).isEqualTo(403);
	}

	@Test
	void badOutcomesAreRefusedNamingTheField() {
		long revisit = manualRevisit("zhang.rm", customer("SH-PD", "zhang.rm"));
		String path = "/api/v1/revisits/" + revisit + "/outcome";

		var badMethod = api.as("zhang.rm").post(path, Api.json("method", "FAX", "reached", true));
		var noReached = api.as("zhang.rm").post(path, Api.json("method", "PHONE"));
		var badScore = api.as("zhang.rm").post(path, Api.json("method", "PHONE", "reached", true, "satisfaction", 7));
		var notJson = api.as("zhang.rm").post(path, "{oops");

		assertThat(badMethod.status()).isEqualTo(400);
		assertThat(badMethod.body().get("errors").get(0).get("field").asString()).isEqualTo("method");
		assertThat(noReached.body().get("errors").get(0).get("field").asString()).isEqualTo("reached");
		assertThat(badScore.body().get("errors").get(0).get("field").asString()).isEqualTo("satisfaction");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(api.as("zhang.rm").get("/api/v1/revisits/" + revisit).body().get("attempts").asInt()).isZero();
	}
}
