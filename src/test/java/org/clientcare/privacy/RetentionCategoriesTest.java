package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention per category of data, with a fixed clock: marketing data kept 3 years goes 3 years and a day after the
 * relationship ends — the customer's birthday kept for greetings is gone, its name and ID stay for the 10 years the AML
 * law requires — not sooner, not while a complaint is open, and once; the dry run lists it under its category first.
 * Administrators change the periods (audited); identity data or transaction records kept less than 10 years are
 * refused naming the category.
 */
@IntegrationTest
class RetentionCategoriesTest {

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
	void tenYearsEachAgain() {
		clock.reset();
		var reset = api.as("admin").put("/api/v1/retention/settings?reason=test", Api.json("marketing", "P10Y",
				"revisit-notes", "P10Y"));
		assertThat(reset.status()).as(reset.text()).isEqualTo(200);
	}

	@Test
	void marketingDataKeptThreeYearsIsScrubbedThreeYearsAndADayAfterTheEndWhileTheIdentityStaysTenYears() {
		var changed = api.as("admin").put("/api/v1/retention/settings?reason=PIPL%20minimisation",
				Api.json("marketing", "P3Y"));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.body().get("retention").get("marketing").get("period").asString()).isEqualTo("P3Y");
		assertThat(changed.body().get("retention").get("identity").get("period").asString()).isEqualTo("P10Y");
		long past = customerBornOn(LocalDate.of(1970, 5, 6));
		long notYet = customerBornOn(LocalDate.of(1971, 6, 7));
		long held = customerBornOn(LocalDate.of(1972, 7, 8));
		long nineYears = customerBornOn(LocalDate.of(1973, 8, 9));
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", held, "complainantName",
				"张某", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES", "content", "年费有异议"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		closedOn(past, TODAY.minusYears(3).minusDays(1));
		closedOn(notYet, TODAY.minusYears(3));
		closedOn(held, TODAY.minusYears(3).minusDays(1));
		closedOn(nineYears, TODAY.minusYears(9).minusDays(1));

		var dryRun = Pages.all(api.as("chen.compliance"), "/api/v1/retention/candidates?category=marketing");
		var listed = dryRun.stream().filter(c -> List.of(past, notYet, held, nineYears)
			.contains(c.get("customerId").asLong())).toList();
		assertThat(listed).extracting(c -> c.get("customerId").asLong() + " " + c.get("category").asString() + " "
				+ c.get("anonymise").asBoolean())
			.containsExactlyInAnyOrder(past + " marketing true", held + " marketing false", nineYears + " marketing true");
		assertThat(listed.get(0).get("parts").toString()).contains("care", "notifications");
		assertThat(listed.stream().filter(c -> c.get("customerId").asLong() == past).findFirst().orElseThrow()
			.get("keptUntil").asString()).isEqualTo(TODAY.minusDays(1).toString());
		assertThat(api.as("chen.compliance").get("/api/v1/retention/candidates?category=hobbies").status())
			.isEqualTo(400);

		var run = api.as("admin").post("/api/v1/jobs/retention/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);

		assertThat(birthMonth(past)).as("the birthday kept for greetings").isNull();
		assertThat(birthMonth(nineYears)).isNull();
		assertThat(birthMonth(notYet)).isEqualTo(6);
		assertThat(birthMonth(held)).as("an open complaint holds everything").isEqualTo(7);
		var kept = api.as("admin").get("/api/v1/customers/" + past).body();
		assertThat(kept.get("name").asString()).as("identity data stays 10 years").doesNotStartWith("已匿名");
		assertThat(kept.get("idNumber").isNull()).isFalse();
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + past).text())
			.contains("customer.category-anonymised", "marketing");
		var again = api.as("admin").post("/api/v1/jobs/retention/run", null).body().get("result");
		assertThat(again.get("marketing").get("customers").asLong()).as("a second run scrubs nobody").isZero();
		assertThat(Pages.all(api.as("chen.compliance"), "/api/v1/retention/candidates?category=marketing").stream()
			.filter(c -> c.get("customerId").asLong() == past)).isEmpty();
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=retention-settings&entityId=retention").text())
			.contains("retention.settings-changed", "P3Y");
	}

	@Test
	void identityDataOrTransactionRecordsKeptLessThanTenYearsAreRefusedNamingTheCategoryAndOnlyAdministratorsChange() {
		var identity = api.as("admin").put("/api/v1/retention/settings", Api.json("identity", "P9Y"));
		var transactions = api.as("admin").put("/api/v1/retention/settings", Api.json("transactions", "P5Y"));

		assertThat(identity.status()).isEqualTo(400);
		assertThat(identity.body().get("errors").get(0).get("field").asString()).isEqualTo("retention.identity");
		assertThat(transactions.status()).isEqualTo(400);
		assertThat(transactions.body().get("errors").get(0).get("field").asString()).isEqualTo("retention.transactions");
		assertThat(api.as("admin").get("/api/v1/retention/settings").body().get("retention").get("identity").get("period")
			.asString()).isEqualTo("P10Y");
		assertThat(api.as("chen.compliance").put("/api/v1/retention/settings", Api.json("marketing", "P3Y")).status())
			.isEqualTo(403);
	}

	private long customerBornOn(LocalDate birth) {
		var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.bornOn(birth, "SH-PD", "zhang.rm"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		var care = api.as("zhang.rm").put("/api/v1/customers/" + id + "/care",
				Api.json("language", "zh-CN", "channel", "SMS", "lunarBirthday", false));
		assertThat(care.status()).as(care.text()).isEqualTo(200);
		return id;
	}

	private void closedOn(long customer, LocalDate day) {
		jdbc.update("update customer set status = 'CLOSED', closed_at = ? where id = ?",
				java.sql.Timestamp.from(day.atTime(12, 0).atZone(SHANGHAI).toInstant()), customer);
	}

	private Integer birthMonth(long customer) {
		return jdbc.queryForObject("select birth_month from care_profile where customer_id = ?", Integer.class, customer);
	}
}
