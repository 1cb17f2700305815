package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.clientcare.kpi.internal.KpiRollup;
import org.clientcare.support.Api;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily roll-up changes how fast the figures are counted, never what they are: on the demo's twelve months of
 * revisits, complaints, accounts, inquiries and customers, every figure of several periods, units and managers is the
 * same summed from the roll-up as counted from the records, and a late change to a rolled day shows at once. Runs as
 * {@code DemoDataTest.KpiRollUp}, on the demo's context: beside the demo's own checks, so that the demo starts and
 * loads in one test JVM only.
 */
public abstract class KpiRollupAgreement {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiRollup rollup;

	@Autowired
	TransactionTemplate transactions;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

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

	/**
	 * Forgets the roll-up as the application does, under its lock: listeners still refreshing days after the demo's
	 * other checks would otherwise deadlock with the deletes.
	 */
	void forget() {
		transactions.executeWithoutResult(status -> rollup.forget());
	}

	@AfterEach
	public void countFromTheRecordsAgain() {
		forget();
	}

	@Test
	public void everyFigureSummedFromTheRollUpEqualsTheFigureCountedFromTheRecords() {
		forget();
		Map<String, JsonNode> fromRecords = reports();

		var run = rollUp();
		Map<String, JsonNode> fromRollUp = reports();

		assertThat(run.body().get("result").get("rolledThrough").asString()).isEqualTo(today().minusDays(1).toString());
		assertThat(run.body().get("result").get("rows").asInt()).as("the demo's year is in the roll-up").isPositive();
		assertThat(fromRecords.get("period=YEAR&orgUnit=HQ").toString()).contains("\"numerator\":");
		fromRecords.forEach((query, expected) -> assertThat(fromRollUp.get(query)).as(query).isEqualTo(expected));
	}

	/**
	 * The dashboard reads each period once for the report and both rankings, and the months of a trend that the roll-up
	 * covers in one statement; the export reads its breakdowns the same way: all of it the same as counted from the
	 * records.
	 */
	@Test
	public void theDashboardsTrendsAndRankingsAndTheExportsBreakdownsSummedFromTheRollUpEqualThoseCountedFromTheRecords()
			throws Exception {
		LocalDate today = today();
		List<String> dashboards = List.of("period=YEAR&orgUnit=SH", "period=YEAR&orgUnit=SH&chart=COMPLAINT_RATE",
				"period=YEAR&orgUnit=HQ&chart=NEW_BASIC_ACCOUNTS", "period=QUARTER&orgUnit=SH&chart=ACK_ON_TIME_RATE",
				"period=MONTH&orgUnit=SH-XH&chart=REVISIT_COMPLETION_RATE&date=" + today.minusMonths(2),
				"period=YEAR&orgUnit=SH&manager=li.rm&chart=CHURN_RATE",
				"orgUnit=HQ&chart=INQUIRY_ON_TIME_RATE&from=" + today.minusDays(200) + "&to=" + today.minusDays(1));
		List<String> exports = List.of("period=YEAR&orgUnit=SH", "period=YEAR&orgUnit=HQ", "period=QUARTER&manager=zhang.rm",
				"period=MONTH&orgUnit=SH&manager=li.rm");
		HttpClient browser = SignedInPages.as("admin", port);
		forget();
		Map<String, List<String>> fromRecords = new LinkedHashMap<>();
		for (String query : dashboards) {
			fromRecords.put(query, charts(browser, query));
		}
		for (String query : exports) {
			fromRecords.put("export " + query, breakdowns(query));
		}

		rollUp();

		assertThat(fromRecords.get("period=YEAR&orgUnit=SH").toString()).as("the charts have values").matches(".*[0-9].*");
		fromRecords.forEach((query, expected) -> {
			try {
				assertThat(query.startsWith("export ") ? breakdowns(query.substring(7)) : charts(browser, query))
					.as(query).isEqualTo(expected);
			}
			catch (Exception e) {
				throw new AssertionError(query, e);
			}
		});
	}

	/** The data of the dashboard's charts: the trend's months, values and targets and both rankings. */
	List<String> charts(HttpClient browser, String query) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kpis?lang=en&" + query))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(query).isEqualTo(200);
		List<String> charts = new java.util.ArrayList<>();
		Matcher chart = Pattern.compile("<div class=\"chart\"[^>]*>").matcher(page.body());
		while (chart.find()) {
			charts.add(chart.group());
		}
		assertThat(charts).as(query).isNotEmpty();
		return charts;
	}

	/** The export's sheets of sub-branches and managers (the first sheet names the moment of the export). */
	List<String> breakdowns(String query) throws Exception {
		var xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/kpis/export?" + query))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).as(query).isEqualTo(200);
		Map<String, String> parts = KpiExportTest.unzip(xlsx.body());
		return List.of(parts.get("xl/worksheets/sheet2.xml"), parts.get("xl/worksheets/sheet3.xml"));
	}

	@Test
	public void aSecondRollUpWritesTheSameRows() {
		rollUp();
		String first = jdbc.sql("select string_agg(t::text, ';' order by t::text) from kpi_daily t").query(String.class)
			.single();

		rollUp();

		assertThat(jdbc.sql("select string_agg(t::text, ';' order by t::text) from kpi_daily t").query(String.class)
			.single()).isEqualTo(first);
	}

	@Test
	public void aBasicAccountOpenedLateOnARolledDayRaisesThatMonthsNewBasicAccountsByOneAtOnce() {
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
	public void aComplaintRegisteredTodayRaisesTodaysComplaintCountByExactlyOneWithTheRollUpInPlace() {
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
