package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
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

	private static final String RARE = "曦玥珺瑾璇琰琮瑄珩璟翊骞煜晗昶炜焱熠烨彧澍溥沅湛";

	private static final Random RANDOM = new SecureRandom();

	Person customer() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		// a name no other customer of the shared database has or contains, so that finding it anywhere means this one
		body.put("name", "司马" + RARE.charAt(RANDOM.nextInt(RARE.length())) + RARE.charAt(RANDOM.nextInt(RARE.length()))
				+ RARE.charAt(RANDOM.nextInt(RARE.length())));
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

		var dryRun = Pages.all(api.as("chen.compliance"), "/api/v1/retention/candidates");
		assertThat(dryRun.stream().filter(c -> c.get("customerId").asLong() == old.id()))
			.singleElement().satisfies(c -> assertThat(c.get("anonymise").asBoolean()).isTrue());
		assertThat(dryRun.stream().filter(c -> c.get("customerId").asLong() == held.id()))
			.singleElement().satisfies(c -> {
				assertThat(c.get("anonymise").asBoolean()).isFalse();
				assertThat(c.get("reasons").toString()).contains("OPEN_COMPLAINT");
			});
		assertThat(dryRun.stream().filter(c -> c.get("customerId").asLong() == recent.id())).isEmpty();

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

	/**
	 * The tables with a {@code customer_id} that hold nothing typed about the customer (ids, codes, dates, amounts,
	 * statuses, flags): nothing there to scrub. Any other table with a {@code customer_id} must be seeded below, so that
	 * a module's new table fails this test until its module anonymises it.
	 */
	static final java.util.Set<String> NOTHING_TYPED = java.util.Set.of("account", "account_status_change",
			"customer_transaction", "customer_metrics", "customer_tier_history", "customer_consent", "care_profile",
			"care_opt_out", "care_unsubscribe_link", "care_greeting", "care_task", "care_campaign_message",
			"care_event_invitation", "entitlement_grant", "kpi_account", "kpi_account_change", "kpi_customer_change",
			"kpi_inquiry", "customer_financial_profile", "assignment_credit_line", "assignment_opportunity", "suitability_check", "cooling_off_period",
			"risk_assessment", "risk_questionnaire_link", "timeline_entry", "privacy_retention_applied");

	@Test
	void anonymisationLeavesNoIdNumberPhoneNameOrFreeTextOfTheCustomerInAnyColumnOfAnyTable() {
		Person old = customer();
		String marker = "MARKER-" + UUID.randomUUID();
		String said = marker + " 客户" + old.name() + " 电话 " + old.phone() + " 证件 " + old.idNumber();
		long unit = jdbc.queryForObject("select org_unit_id from customer where id = ?", Long.class, old.id());
		Instant at = TODAY.minusYears(12).atStartOfDay(SHANGHAI).toInstant();
		java.sql.Timestamp then = java.sql.Timestamp.from(at);

		// through the API: a complaint, an inquiry, a case, a privacy request, a legal hold set and released, a tier
		// override and a closure asked for (their approval requests quote the customer)
		long complaint = complaint(old, said);
		jdbc.update("update complaint set status = 'CLOSED' where id = ?", complaint);
		assertThat(api.as("wang.agent").post("/api/v1/inquiries", Api.json("customerId", old.id(), "name", old.name(),
				"contact", old.phone(), "channel", "HOTLINE", "question", said)).status()).isEqualTo(201);
		assertThat(api.as("admin").post("/api/v1/cases", Api.json("customerId", old.id(), "type", "OTHER", "title",
				said)).status()).isEqualTo(201);
		var request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", old.id(),
				"kind", "ACCESS", "channel", "BRANCH", "details", said));
		assertThat(request.status()).as(request.text()).isEqualTo(201);
		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + request.body().get("id").asLong()
				+ "/answer", Api.json("answer", said)).status()).isEqualTo(200);
		var hold = api.as("chen.compliance").post("/api/v1/legal-holds", Api.json("customerId", old.id(), "reason", said));
		assertThat(hold.status()).as(hold.text()).isEqualTo(201);
		assertThat(api.as("chen.compliance").post("/api/v1/legal-holds/" + hold.body().get("id").asLong() + "/release",
				null).status()).isEqualTo(200);
		var override = api.as("zhang.rm").post("/api/v1/customers/" + old.id() + "/tier-override",
				Api.json("tier", "GOLD", "reason", said));
		assertThat(override.status()).as(override.text()).isEqualTo(202);
		jdbc.update("""
				insert into customer_tier (customer_id, tier, since, scheme, rule, explanation, settings_version, computed_at,
				  override_tier, override_reason)
				values (?, 'GOLD', ?, 'INDIVIDUAL', 'OVERRIDE', '{}'::jsonb, 1, ?, 'GOLD', ?)
				on conflict (customer_id) do update set override_reason = excluded.override_reason""", old.id(), then, then,
				said);
		jdbc.update("""
				insert into notification_outbox (event_key, customer_id, channel, recipient_enc, recipient_hash, template,
				  locale, params, purpose, status, next_attempt_at, created_at)
				values (?, ?, 'SMS', '\\x00', '\\x00', 'complaint.acknowledged', 'zh-CN', jsonb_build_object('text', ?::text),
				  'SERVICE', 'SENT', ?, ?)""", "test-" + UUID.randomUUID(), old.id(), said, then, then);
		var closure = api.as("zhang.rm").post("/api/v1/customers/" + old.id() + "/closure", Api.json("reason", said));
		assertThat(closure.status()).as(closure.text()).isEqualTo(202);

		// the account manager's diary, key persons, plan and the assignment's reason
		jdbc.update("""
				insert into assignment_diary (customer_id, entry_date, kind, text, author, created_at)
				values (?, ?, 'NOTE', ?, 'zhang.rm', ?)""", old.id(), java.sql.Date.valueOf(TODAY.minusYears(12)), said, then);
		jdbc.update("""
				insert into assignment_key_person (customer_id, name, created_by, created_at)
				values (?, ?, 'zhang.rm', ?)""", old.id(), old.name(), then);
		jdbc.update("""
				insert into assignment_plan (customer_id, plan_year, goals, actions, created_by, created_at)
				values (?, 2014, ?, ?, 'zhang.rm', ?)""", old.id(), said, said, then);
		jdbc.update("""
				insert into assignment_history (customer_id, to_manager, reason, source, deposit_share, non_deposit_share,
				  assigned_by, assigned_at)
				values (?, 'zhang.rm', ?, 'HANDOVER', 1, 1, 'admin', ?)""", old.id(), said, then);
		// a revisit, a visit, an appointment, a walk-in, a risk acknowledgment, a sale recording and an alert
		jdbc.update("""
				insert into revisit (customer_id, reason, source_key, due_date, status, problems, suggestions, notes, created_at)
				values (?, 'CADENCE', ?, ?, 'DONE', ?, ?, ?, ?)""", old.id(), "test-" + UUID.randomUUID(),
				java.sql.Date.valueOf(TODAY.minusYears(12)), said, said, said, then);
		long staff = jdbc.queryForObject("select id from staff_user where username = 'zhang.rm'", Long.class);
		jdbc.update("""
				insert into visit (customer_id, visitor_id, org_unit_id, kind, method, occurred_at, purpose, summary,
				  attendees, next_steps, escalation, recorded_by, recorded_at)
				values (?, ?, ?, 'BUSINESS', 'ON_SITE', ?, ?, ?, ?, ?, ?, 'zhang.rm', ?)""", old.id(), staff, unit, then,
				marker, said, said, said, said, then);
		jdbc.update("""
				insert into appointment (appointment_no, customer_id, org_unit_id, service, day, starts_at, ends_at,
				  blocked_until, advisor_id, name, locale, notes, channel, status, booked_by, completion_notes, created_at)
				values (?, ?, ?, 'OTHER', ?, ?, ?, ?, ?, ?, 'zh-CN', ?, 'STAFF', 'COMPLETED', 'zhang.rm', ?, ?)""",
				"T" + marker.substring(7, 20), old.id(), unit, java.sql.Date.valueOf(TODAY.minusYears(12)), then,
				java.sql.Timestamp.from(at.plusSeconds(1800)), java.sql.Timestamp.from(at.plusSeconds(1800)), staff,
				old.name(), said, said, then);
		jdbc.update("""
				insert into appointment_walk_in (customer_id, org_unit_id, day, ticket_no, service, name, status, taken_at)
				values (?, ?, ?, 9999, 'OTHER', ?, 'SERVED', ?)""", old.id(), unit,
				java.sql.Date.valueOf(TODAY.minusYears(12)), old.name(), then);
		jdbc.update("""
				insert into risk_acknowledgment (customer_id, product_code, signed_at, product_level, note, recorded_at, recorded_by)
				values (?, 'INS-01', ?, 'R3', ?, ?, 'zhang.rm')""", old.id(), then, said, then);
		jdbc.update("""
				insert into sale_recording (transaction_id, customer_id, product_code, sold_at, sampled, qc_finding,
				  created_at, retain_until)
				values (-?, ?, 'INS-01', ?, false, ?, ?, ?)""", old.id(), old.id(), then, said, then,
				java.sql.Date.valueOf(TODAY.minusYears(2)));
		long check = jdbc.queryForObject("""
				insert into suitability_check (customer_id, product_code, result, product_level, checked_at, checked_by)
				values (?, 'INS-01', 'MISMATCH', 'R3', ?, 'zhang.rm') returning id""", Long.class, old.id(), then);
		jdbc.update("""
				insert into suitability_alert (check_id, customer_id, product_code, transaction_id, result, finding, raised_at)
				values (?, ?, 'INS-01', -?, 'MISMATCH', ?, ?)""", check, old.id(), old.id(), said, then);
		// in the tables of the modules without an API to seed them from here
		jdbc.update("""
				insert into remediation (source, source_id, source_key, customer_id, org_unit_id, findings, opened_at,
				  due_date, status, outcome)
				values ('COMPLAINT', ?, ?, ?, ?, array[?], ?, ?, 'RESOLVED', ?)""", complaint, "test-" + UUID.randomUUID(), old.id(),
				unit, said, then, java.sql.Date.valueOf(TODAY.minusYears(12)), said);
		jdbc.update("""
				insert into entitlement_use (customer_id, code, year, used_at, recorded_by, note, status)
				values (?, 'PRIORITY_SERVICE', 2014, ?, 'zhang.rm', ?, 'RECORDED')""", old.id(), then, said);
		jdbc.update("""
				insert into vip_programme (year, status, created_at, created_by) values (2014, 'APPROVED', ?, 'admin')
				on conflict do nothing""", then);
		jdbc.update("""
				insert into vip_card (year, customer_id, holder_name, holder_title, status, requested_by, requested_at)
				values (2014, ?, ?, ?, 'ISSUED', 'zhang.rm', ?)""", old.id(), old.name(), said, then);
		jdbc.update("""
				insert into vip_candidate (year, customer_id, org_unit_id, proposed_level, level, status, proposed_by,
				  proposed_at, reason)
				values (2014, ?, ?, 'GOLD', 'GOLD', 'APPROVED', 'zhang.rm', ?, ?)""", old.id(), unit, then, said);
		jdbc.update("""
				insert into vip_change (year, customer_id, to_level, reason, status, requested_by, requested_at)
				values (2014, ?, 'GOLD', ?, 'APPROVED', 'zhang.rm', ?)""", old.id(), said, then);
		jdbc.update("""
				insert into vip_history (year, customer_id, at, event, to_level, by_user, note)
				values (2014, ?, ?, 'CHANGED', 'GOLD', 'zhang.rm', ?)""", old.id(), then, said);

		List<String> unseeded = jdbc.queryForList("""
				select c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name = 'customer_id'
				order by 1""", String.class).stream()
			.filter(table -> !NOTHING_TYPED.contains(table))
			.filter(table -> jdbc.queryForObject("select count(*) from \"" + table + "\" where customer_id = ?",
					Long.class, old.id()) == 0)
			.toList();
		assertThat(unseeded).as("tables holding a customer's data that this test does not seed").isEmpty();
		assertThat(placesHolding(marker)).as("the marker is seeded").isNotEmpty();

		closedOn(old, TODAY.minusYears(10).minusDays(1));
		org.awaitility.Awaitility.await("the listeners are done").until(() -> jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null", Long.class) == 0);
		runRetention();

		assertThat(placesHolding(old.idNumber())).as("where the ID number remains").isEmpty();
		assertThat(placesHolding(old.phone())).as("where the phone number remains").isEmpty();
		// the audit trail is append-only and hash-chained: it keeps who did what to whom (the name, and the reasons and
		// titles staff typed, with every ID and mobile number in them masked when written); nothing else may
		assertThat(placesHolding(old.name())).as("where the name remains").isSubsetOf("audit_entry.reason",
				"audit_entry.after_state");
		assertThat(placesHolding(marker)).as("where the free text remains").isSubsetOf("audit_entry.reason",
				"audit_entry.after_state");
		var again = new java.util.HashMap<>(runRetention());
		again.remove("held");
		assertThat(again.values().stream().filter(Number.class::isInstance).mapToLong(n -> ((Number) n).longValue()).sum())
			.as("a second run changes nothing: " + again).isZero();
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
