package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily roll-up changes how fast the figures are counted, never what they are: on the demo's twelve months of
 * revisits, complaints, accounts, inquiries and customers, every figure of several periods, units and managers is the
 * same summed from the roll-up as counted from the records, and a late change to a rolled day shows at once.
 */
@DemoTest
class KpiRollupAgreementTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	static List<String> queries() {
		LocalDate today = today();
		return List.of("period=YEAR&orgUnit=HQ", "period=YEAR&orgUnit=SH", "period=QUARTER&orgUnit=SH-PD",
				"period=MONTH&orgUnit=SH-XH&date=" + today.minusMonths(2), "period=MONTH&orgUnit=SH",
				"period=WEEK&orgUnit=SH", "orgUnit=SH&from=" + today.minusDays(100) + "&to=" + today.minusDays(1),
				"orgUnit=HQ&basis=PER_10M_INDIVIDUAL_CUSTOMERS&from=" + today.minusDays(45) + "&to=" + today,
				"orgUnit=HQ&basis=PER_1K_OUTLETS&period=QUARTER&date=" + today.minusMonths(4), "period=YEAR&manager=zhang.rm",
				"period=MONTH&manager=li.rm", "period=QUARTER&manager=li.rm&date=" + today.minusMonths(3));
	}

	/** Each query's report as administrators see it. */
	Map<String, JsonNode> reports() {
		Map<String, JsonNode> reports = new LinkedHashMap<>();
		for (String query : queries()) {
			var report = api.as("admin").get("/api/v1/kpis?" + query);
			assertThat(report.status()).as(query + ": " + report.text()).isEqualTo(200);
			reports.put(query, report.body());
		}
		return reports;
	}

	Api.Response rollUp() {
		var run = api.as("admin").post("/api/v1/jobs/kpi-rollup/run", Api.json());
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		return run;
	}

	void forget() {
		jdbc.sql("delete from kpi_daily").update();
		jdbc.sql("delete from kpi_daily_pending").update();
		jdbc.sql("update kpi_rollup_state set rolled_through = null, customers_live = false").update();
	}

	@AfterEach
	void countFromTheRecordsAgain() {
		forget();
	}

	@Test
	void everyFigureSummedFromTheRollUpEqualsTheFigureCountedFromTheRecords() {
		forget();
		Map<String, JsonNode> fromRecords = reports();

		var run = rollUp();
		Map<String, JsonNode> fromRollUp = reports();

		assertThat(run.body().get("result").get("rolledThrough").asString()).isEqualTo(today().minusDays(1).toString());
		assertThat(run.body().get("result").get("rows").asInt()).as("the demo's year is in the roll-up").isPositive();
		assertThat(fromRecords.get("period=YEAR&orgUnit=HQ").toString()).contains("\"numerator\":");
		fromRecords.forEach((query, expected) -> assertThat(fromRollUp.get(query)).as(query).isEqualTo(expected));
	}

	@Test
	void aSecondRollUpWritesTheSameRows() {
		rollUp();
		String first = jdbc.sql("select string_agg(t::text, ';' order by t::text) from kpi_daily t").query(String.class)
			.single();

		rollUp();

		assertThat(jdbc.sql("select string_agg(t::text, ';' order by t::text) from kpi_daily t").query(String.class)
			.single()).isEqualTo(first);
	}

	@Test
	void aBasicAccountOpenedLateOnARolledDayRaisesThatMonthsNewBasicAccountsByOneAtOnce() {
		var staff = new TestStaff(api);
		long customer = staff.customer("SH-PD", null);
		LocalDate day = today().minusDays(40);
		String month = "/api/v1/kpis?orgUnit=SH-PD&period=MONTH&date=" + day;
		rollUp();
		BigDecimal before = KpiApiTest.value(api.as("admin").get(month), "NEW_BASIC_ACCOUNTS");

		var opened = api.as("core.feed").post("/api/v1/accounts", Api.json("externalId", "K-" + UUID.randomUUID(),
				"customerId", customer, "kind", "BASIC", "openedAt", day.toString(), "orgUnit", "SH-PD"));

		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		await().until(() -> KpiApiTest.value(api.as("admin").get(month), "NEW_BASIC_ACCOUNTS")
			.compareTo(before.add(BigDecimal.ONE)) == 0);
		JsonNode rolled = api.as("admin").get(month).body();
		forget();
		assertThat(api.as("admin").get(month).body()).as("the same from the records").isEqualTo(rolled);
	}

	@Test
	void aComplaintRegisteredTodayRaisesTodaysComplaintCountByExactlyOneWithTheRollUpInPlace() {
		rollUp();
		String today = "/api/v1/kpis?orgUnit=HQ&from=" + today() + "&to=" + today();
		BigDecimal before = KpiApiTest.value(api.as("admin").get(today), "COMPLAINT_COUNT");

		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "王五", "contact",
				"13900139000", "channel", "HOTLINE", "category", "FEES", "content", "年费未经同意被扣收"));

		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		assertThat(KpiApiTest.value(api.as("admin").get(today), "COMPLAINT_COUNT"))
			.isEqualByComparingTo(before.add(BigDecimal.ONE));
	}
}
