package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RetentionTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void fixTheClock() {
		clock.fixAt(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant());
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	record Person(long id, String idNumber, String phone, String name) {
	}

	Person customer() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new Person(created.body().get("id").asLong(), (String) body.get("idNumber"), (String) body.get("phone"),
				(String) body.get("name"));
	}

	long complaint(Person p, String content) {
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", p.id(), "complainantName",
				p.name(), "contact", p.phone(), "channel", "HOTLINE", "category", "FEES", "content", content));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		return complaint.body().get("id").asLong();
	}

	void closedOn(Person p, LocalDate day) {
		jdbc.update("update customer set status = 'CLOSED', closed_at = ? where id = ?",
				java.sql.Timestamp.from(day.atTime(12, 0).atZone(SHANGHAI).toInstant()), p.id());
	}

	Map<String, Object> runRetention() {
		var run = api.as("admin").post("/api/v1/jobs/retention/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) tools.jackson.databind.json.JsonMapper.builder().build()
			.readValue(run.body().get("result").toString(), Map.class);
		return result;
	}

	@Test
	void aCustomerClosedTenYearsAndADayAgoIsAnonymisedButNotOneClosedNineYearsAgoNorOneWithAnOpenComplaint() {
		Person old = customer();
		Person recent = customer();
		Person held = customer();
		long oldComplaint = complaint(old, "客户 " + old.phone() + " 证件号 " + old.idNumber() + " 对年费有异议");
		jdbc.update("update complaint set status = 'CLOSED' where id = ?", oldComplaint);
		complaint(held, "年费扣收有异议");
		assertThat(api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", old.id(), "type", "DEPOSIT", "amount", "100.00", "occurredAt", "2016-11-01T10:00:00+08:00"))
			.status()).isEqualTo(201);
		closedOn(old, TODAY.minusYears(10).minusDays(1));
		closedOn(recent, TODAY.minusYears(9));
		closedOn(held, TODAY.minusYears(10).minusDays(1));

		var dryRun = api.as("chen.compliance").get("/api/v1/retention/candidates?size=10000");
		assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
		assertThat(dryRun.body().valueStream().filter(c -> c.get("customerId").asLong() == old.id()))
			.singleElement().satisfies(c -> assertThat(c.get("anonymise").asBoolean()).isTrue());
		assertThat(dryRun.body().valueStream().filter(c -> c.get("customerId").asLong() == held.id()))
			.singleElement().satisfies(c -> {
				assertThat(c.get("anonymise").asBoolean()).isFalse();
				assertThat(c.get("reasons").toString()).contains("OPEN_COMPLAINT");
			});
		assertThat(dryRun.body().valueStream().filter(c -> c.get("customerId").asLong() == recent.id())).isEmpty();

		assertThat(((Number) runRetention().get("customers")).longValue()).isGreaterThanOrEqualTo(1);

		var anonymised = api.as("admin").get("/api/v1/customers/" + old.id()).body();
		assertThat(anonymised.get("name").asString()).startsWith("已匿名客户");
		assertThat(anonymised.get("idNumber").isNull()).isTrue();
		assertThat(anonymised.get("phone").isNull()).isTrue();
		assertThat(api.as("admin").get("/api/v1/customers/" + recent.id()).body().get("name").asString()).isEqualTo(recent.name());
		assertThat(api.as("admin").get("/api/v1/customers/" + held.id()).body().get("name").asString()).isEqualTo(held.name());
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where customer_id = ?", Long.class, old.id()))
			.as("the statistics keep the transactions").isEqualTo(1);

		long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, old.id());
		assertThat(((Number) runRetention().get("customers")).longValue()).isZero();
		assertThat(jdbc.queryForObject("select version from customer where id = ?", Long.class, old.id())).isEqualTo(version);

		assertThat(placesHolding(old.idNumber())).as("where the ID number remains").isEmpty();
		assertThat(placesHolding(old.phone())).as("where the phone number remains").isEmpty();
		assertThat(placesHolding(held.name())).as("the held customer is kept").isNotEmpty();
	}

	@Test
	void aLegalHoldSetByComplianceKeepsTheCustomerUntilItIsReleased() {
		Person person = customer();
		closedOn(person, TODAY.minusYears(11));
		var hold = api.as("chen.compliance").post("/api/v1/legal-holds", Api.json("customerId", person.id(), "reason",
				"诉讼保全 (2026)沪0115民初1号"));
		assertThat(hold.status()).as(hold.text()).isEqualTo(201);

		runRetention();
		assertThat(api.as("admin").get("/api/v1/customers/" + person.id()).body().get("name").asString())
			.isEqualTo(person.name());

		assertThat(api.as("chen.compliance").post("/api/v1/legal-holds/" + hold.body().get("id").asLong() + "/release", null)
			.status()).isEqualTo(200);
		runRetention();
		assertThat(api.as("admin").get("/api/v1/customers/" + person.id()).body().get("name").asString())
			.startsWith("已匿名客户");
	}

	/** Every text column of every table and view that holds the value somewhere, as {@code table.column}. */
	List<String> placesHolding(String value) {
		List<String> places = new ArrayList<>();
		for (Map<String, Object> column : jdbc.queryForList("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')""")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			Long found = jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name
					+ "\"::text like '%' || ? || '%'", Long.class, value);
			if (found != null && found > 0) {
				places.add(table + "." + name);
			}
		}
		return places;
	}
}
