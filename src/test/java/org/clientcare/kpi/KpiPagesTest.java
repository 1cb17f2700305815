package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class KpiPagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theBranchManagerSeesTheFourteenFiguresWithTrendAndRankingsAndTheComplaintsBehindTheCount() throws Exception {
		var complaint = api.as("zhao.manager").post("/api/v1/complaints", Api.json("complainantName", "赵六", "contact",
				"13900139001", "channel", "BRANCH", "category", "FEES", "content", "手续费与告知不符"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		HttpClient browser = SignedInPages.as("zhao.manager", port);

		String dashboard = send(browser, "/kpis?period=YEAR&orgUnit=SH&lang=en").body();
		String chinese = send(browser, "/kpis?period=YEAR&orgUnit=SH&chart=COMPLAINT_COUNT&lang=zh-CN").body();
		String records = send(browser, "/kpis/records?code=COMPLAINT_COUNT&period=YEAR&orgUnit=SH&lang=en").body();
		var outside = send(browser, "/kpis?orgUnit=HQ&lang=en");

		assertThat(dashboard).contains("id=\"kpi-SATISFACTION_RATE\"", "id=\"kpi-TRAINING_COVERAGE\"", "Revisit completion rate",
				"New basic accounts", "data-chart=\"line\"", "id=\"kpi-ranking-units\"", "id=\"kpi-ranking-managers\"")
			.doesNotContain(">SATISFACTION_RATE<", "??");
		assertThat(chinese).contains("投诉量", "考核指标看板", "支行排名").doesNotContain("??");
		assertThat(records).contains(complaint.body().get("complaintNo").asString(), "Complaints");
		assertThat(outside.statusCode()).isEqualTo(404);
	}

	@Test
	void theComplaintRateSaysWhatItCountsPerAndInWhatUnitsItsDenominatorIs() throws Exception {
		HttpClient browser = SignedInPages.as("zhao.manager", port);

		String perTenThousand = send(browser, "/kpis?period=YEAR&orgUnit=SH&lang=en").body();
		String perOutlets = send(browser, "/kpis?period=YEAR&orgUnit=SH&basis=PER_1K_OUTLETS&lang=en").body();
		String chinese = send(browser, "/kpis?period=YEAR&orgUnit=SH&lang=zh-CN").body();

		assertThat(perTenThousand)
			.contains("per 10,000 customers; the denominator counts in units of 10,000 customers</small>");
		assertThat(perOutlets).contains("per 1,000 outlets; the denominator counts in units of 1,000 outlets</small>");
		assertThat(chinese).contains("每万名客户投诉件数；分母按该单位折算</small>");
	}

	@Test
	void theTrendOfAYearThatHasNotEndedStopsAtThisMonthAndTheChangeShowsInPercent() throws Exception {
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		int nextYear = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue() + 1;

		String dashboard = send(SignedInPages.as("zhao.manager", port),
				"/kpis?period=YEAR&date=" + nextYear + "-06-01&orgUnit=SH&lang=en").body();

		Matcher labels = Pattern.compile("data-labels=\"([^\"]*)\"").matcher(dashboard);
		assertThat(labels.find()).isTrue();
		assertThat(labels.group(1).split(",")).hasSize(12).endsWith(thisMonth);
		assertThat(dashboard).contains("Change (vs previous)");
	}

	@Test
	void theChartsOfARateReadInPerCentAsTheTableDoesAndTheChartsOfACountInNumbers() throws Exception {
		api.as("zhao.manager").post("/api/v1/complaints", Api.json("complainantName", "赵六", "contact", "13900139002",
				"channel", "BRANCH", "category", "FEES", "content", "手续费与告知不符"));
		HttpClient browser = SignedInPages.as("zhao.manager", port);

		String rate = send(browser, "/kpis?period=YEAR&orgUnit=SH&chart=ACK_ON_TIME_RATE&lang=en").body();
		String count = send(browser, "/kpis?period=YEAR&orgUnit=SH&chart=COMPLAINT_COUNT&lang=en").body();

		Matcher trend = Pattern.compile("id=\"kpi-trend\"[^>]*data-targets=\"([^\"]*)\"[^>]*data-unit=\"%\"").matcher(rate);
		assertThat(trend.find()).as("the trend of a rate is drawn in per cent").isTrue();
		assertThat(trend.group(1).split(",")).contains("100.0");
		assertThat(rate).containsPattern("id=\"kpi-ranking-units\"[^>]*data-unit=\"%\"");
		assertThat(count).contains("id=\"kpi-trend\"").doesNotContainPattern("id=\"kpi-trend\"[^>]*data-unit=\"%\"");
	}

	@Test
	void anAccountManagerSeesOnlyItsOwnFiguresAndAServiceAgentNone() throws Exception {
		String own = send(SignedInPages.as("zhang.rm", port), "/kpis?lang=en").body();
		var agent = send(SignedInPages.as("wang.agent", port), "/kpis?lang=en");

		assertThat(own).contains("manager 张伟", "id=\"kpi-ranking-managers\"").doesNotContain("id=\"kpi-ranking-units\"");
		assertThat(agent.statusCode()).isEqualTo(403);
	}

	@Test
	void theScopeLineNamesAUnitsAccountManagersAsAllOfThemAndAnAccountManagersOwnFiguresWithoutAUnitNeverWithADash()
			throws Exception {
		HttpClient branchManager = SignedInPages.as("zhao.manager", port);
		HttpClient accountManager = SignedInPages.as("zhang.rm", port);

		String unitEn = scope(send(branchManager, "/kpis?period=YEAR&orgUnit=SH&lang=en").body());
		String unitZh = scope(send(branchManager, "/kpis?period=YEAR&orgUnit=SH&lang=zh-CN").body());
		String unitRecords = scope(send(branchManager, "/kpis/records?code=COMPLAINT_COUNT&period=YEAR&orgUnit=SH&lang=en")
			.body());
		String ownEn = scope(send(accountManager, "/kpis?lang=en").body());
		String ownZh = scope(send(accountManager, "/kpis?lang=zh-CN").body());

		assertThat(unitEn).contains("· unit ", "· all account managers ·").doesNotContain(" -", "manager -");
		assertThat(unitZh).contains("· 机构 ", "· 全部客户经理 ·").doesNotContain(" -");
		assertThat(unitRecords).contains("· all account managers ·").doesNotContain(" -");
		assertThat(ownEn).contains("· manager 张伟 ·").doesNotContain("unit", " -");
		assertThat(ownZh).contains("· 客户经理 张伟 ·").doesNotContain("机构", " -");
	}

	/** The line under the filters saying whose figures of which period the page shows. */
	private static String scope(String page) {
		Matcher scope = Pattern.compile("<p class=\"muted\"(?: id=\"kpi-scope\")?>([^<]*) · (?:definitions version|指标口径第)")
			.matcher(page);
		assertThat(scope.find()).as("the scope line").isTrue();
		return scope.group(1) + " ·";
	}

	private HttpResponse<String> send(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
