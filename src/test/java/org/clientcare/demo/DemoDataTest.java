package org.clientcare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.DemoTest;
import org.clientcare.support.Pages;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo of SPEC §13 loads and shows the institution at work: its users, units and products, customers spread over
 * the managers, the unassigned queue, the tiers and the managers' grades. The one place that relies on demo data;
 * extend it when the demo learns to show something new.
 */
@DemoTest
class DemoDataTest {

	@Autowired
	Api api;

	@Autowired
	org.clientcare.calendar.CalendarManagement calendar;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	final java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

	@Test
	void theEightDemoUsersSignInWithThePasswordDemo() {
		for (String user : List.of("admin", "zhao.manager", "zhang.rm", "li.rm", "wang.agent", "liu.handler",
				"chen.compliance", "core.feed")) {
			assertThat(api.as(user).get("/api/v1/org-units").status()).as(user).isNotEqualTo(401);
		}
		assertThat(Pages.all(api.as("wang.agent"), "/api/v1/org-units").stream().map(u -> u.get("code").asString()))
			.contains("HQ", "SH", "SH-PD", "SH-XH", "CSD", "WMD", "CMP");
	}

	@Test
	void theDemoCatalogueHoldsTheProductsOfTheSpecWithTheirRiskLevels() {
		var r5 = api.as("zhang.rm").get("/api/v1/products/P-R5").body();
		var insurance = api.as("zhang.rm").get("/api/v1/products/INS-01").body();

		assertThat(r5.get("riskLevel").asString()).isEqualTo("R5");
		assertThat(r5.get("coolingOffHours").asInt()).isEqualTo(24);
		assertThat(insurance.get("type").asString()).isEqualTo("INSURANCE");
		assertThat(insurance.get("riskLevel").asString()).isEqualTo("R2");
		assertThat(insurance.get("hesitationDays").asInt()).isEqualTo(15);
		assertThat(insurance.get("dualRecording").asString()).isEqualTo("AGE_60_PLUS");
	}

	@Test
	void theDemoHoldsAnInsuranceSaleToASeniorAwaitingItsRecordingCheckAndOneWithoutItsRecording() {
		var awaiting = org.awaitility.Awaitility.await().until(() -> api.as("chen.compliance")
			.get("/api/v1/sale-recordings?status=AWAITING_CHECK").body(), b -> b.get("totalElements").asLong() > 0);
		var missing = org.awaitility.Awaitility.await().until(() -> api.as("chen.compliance")
			.get("/api/v1/sale-recordings?status=MISSING").body(), b -> b.get("totalElements").asLong() > 0);

		assertThat(awaiting.get("content").get(0).get("customerAge").asInt()).isGreaterThanOrEqualTo(60);
		assertThat(missing.get("content").get(0).get("productCode").asString()).isEqualTo("INS-01");
	}

	@Test
	void theDemoHoldsAFortuneGlobal500CorporateTieredPlatinumByThatRule() {
		var platinum = api.as("zhang.rm").get("/api/v1/customers?tier=PLATINUM&size=500").body().get("content");
		JsonNode fortune = platinum.valueStream().filter(c -> c.path("fortuneGlobal500").asBoolean(false)).findFirst()
			.orElseThrow();

		var tier = api.as("zhang.rm").get("/api/v1/customers/" + fortune.get("id").asLong() + "/tier").body();
		assertThat(fortune.get("type").asString()).isEqualTo("CORPORATE");
		assertThat(tier.get("explanation").get("rule").asString()).isEqualTo("corporate.fortune-global-500");
	}

	@Test
	void anAccountManagerListsOnlyItsOwnCustomersWithPiiMasked() {
		var page = api.as("zhang.rm").get("/api/v1/customers?size=500");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("totalElements").asLong()).isGreaterThan(100);
		assertThat(page.body().get("content").valueStream()).allSatisfy(c -> {
			assertThat(c.get("manager").asString()).isEqualTo("zhang.rm");
			assertThat(c.get("idNumber").asString()).contains("********");
			assertThat(c.get("phone").isNull() || c.get("phone").asString().contains("****")).isTrue();
		});
	}

	@Test
	void theDemoManagersHaveGradesFromTheirDemoCreditLines() {
		var managers = Pages.all(api.as("zhao.manager"), "/api/v1/assignment/managers");

		assertThat(managers.stream().filter(m -> m.get("username").asString().equals("zhang.rm"))
			.map(m -> m.get("grade").asString())).containsExactly("A");
		assertThat(managers.stream().filter(m -> m.get("username").asString().equals("li.rm"))
			.map(m -> m.get("grade").asString())).containsExactly("C");
		assertThat(api.as("zhang.rm").get("/api/v1/assignment/managers").status()).isEqualTo(403);
	}

	@Test
	void theDemoBuildsTheKpiRollUpAsSoonAsItsDataIsLoadedSoTheDashboardSumsItsYearFromTheStart() {
		var runs = api.as("admin").get("/api/v1/jobs/runs?job=kpi-rollup&size=500");
		assertThat(runs.status()).as(runs.text()).isEqualTo(200);
		var first = runs.body().get("content").get(runs.body().get("content").size() - 1);

		assertThat(first.get("outcome").asString()).isEqualTo("DONE");
		assertThat(first.get("result").get("rows").asInt()).as("the demo's year is in the roll-up").isPositive();
	}

	@Test
	void theDemoCustomersAreSpreadOverTheTiersAfterTheJob() {
		var run = api.as("admin").post("/api/v1/jobs/tiering/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String tier : new String[] { "DIAMOND", "PLATINUM", "GOLD", "SILVER", "BRONZE", "ORDINARY" }) {
			counts.put(tier, api.as("admin").get("/api/v1/customers?size=1&tier=" + tier).body().get("totalElements").asLong());
		}

		assertThat(counts.get("DIAMOND")).as(counts.toString()).isBetween(3L, 40L);
		assertThat(counts.get("PLATINUM")).as(counts.toString()).isGreaterThan(counts.get("DIAMOND"));
		assertThat(counts.get("GOLD")).as(counts.toString()).isGreaterThan(counts.get("PLATINUM"));
		assertThat(counts.get("ORDINARY")).as(counts.toString()).isGreaterThan(counts.get("GOLD"));
		assertThat(counts.get("SILVER") + counts.get("BRONZE")).as(counts.toString()).isGreaterThan(10L);
	}

	@Test
	void theUnassignedDemoCustomersFormZhaosQueueAndAssigningThemEmptiesIt() {
		var queue = api.as("zhao.manager").get("/api/v1/assignment/unassigned?size=500");
		assertThat(queue.status()).as(queue.text()).isEqualTo(200);
		assertThat(queue.body().get("totalElements").asLong()).isGreaterThanOrEqualTo(150);
		assertThat(queue.body().get("content").valueStream().map(c -> c.get("orgUnit").asString()))
			.contains("SH-PD", "SH-XH");
		assertThat(queue.body().get("content").valueStream().allMatch(c -> c.get("manager").isNull())).isTrue();
		// An account manager of the branch itself may look after customers of every sub-branch.
		String branchManager = new TestStaff(api).user("ACCOUNT_MANAGER", "SH");

		for (int round = 0; round < 20; round++) {
			List<Long> ids = new ArrayList<>();
			api.as("zhao.manager").get("/api/v1/assignment/unassigned?size=500").body().get("content")
				.forEach(c -> ids.add(c.get("id").asLong()));
			if (ids.isEmpty()) {
				break;
			}
			for (long id : ids) {
				var assigned = api.as("zhao.manager").put("/api/v1/customers/" + id + "/manager",
						Api.json("managerUsername", branchManager, "reason", "分田到户", "source", "NATURAL"));
				assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
			}
		}

		var emptied = api.as("zhao.manager").get("/api/v1/assignment/unassigned");
		assertThat(emptied.body().get("totalElements").asLong()).isZero();
		assertThat(emptied.body().get("content").isEmpty()).isTrue();
	}

	@Test
	void theNextWorkingDayHasSlotsAndTheNextSundayThatIsNotWorkedHasNone() {
		java.time.LocalDate workingDay = calendar.addWorkingDays(today, 1);
		java.time.LocalDate sunday = today.plusDays(1);
		while (sunday.getDayOfWeek() != java.time.DayOfWeek.SUNDAY || calendar.isWorkingDay(sunday)) {
			sunday = sunday.plusDays(1);
		}
		for (String unit : new String[] { "SH-PD", "SH-XH" }) {
			var slots = api.as("wang.agent").get("/api/v1/appointment-slots?orgUnit=" + unit + "&date=" + workingDay
					+ "&service=WEALTH_CONSULTATION");
			assertThat(slots.body().size()).as(unit + " " + workingDay).isPositive();
			assertThat(slots.body().get(0).get("capacity").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(api.as("wang.agent").get("/api/v1/appointment-slots?orgUnit=" + unit + "&date=" + sunday
					+ "&service=WEALTH_CONSULTATION").text()).as(unit + " " + sunday).isEqualTo("[]");
		}
	}

	@Test
	void theDemoHasAdvisorsInBothSubBranchesAndAppointmentsThisWeek() {
		var advisors = Pages.all(api.as("admin"), "/api/v1/appointment-advisors?orgUnit=SH");
		assertThat(advisors.stream().map(a -> a.get("username").asString()))
			.contains("zhang.rm", "li.rm", "sun.advisor", "zhou.advisor", "wu.advisor");
		java.time.LocalDate workingDay = calendar.addWorkingDays(today, 1);
		assertThat(api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-PD&date=" + workingDay).body()
			.get("totalElements").asInt()).isPositive();
		assertThat(api.as("wang.agent").get("/api/v1/appointments?orgUnit=SH-XH&date=" + workingDay + "&status=BOOKED")
			.body().get("totalElements").asInt()).isPositive();
		assertThat(api.as("zhang.rm").get("/api/v1/appointments?advisor=me&size=500").body().get("totalElements").asInt())
			.isPositive();
	}

	@Test
	void theDemoHasPrivacyRequestsOpenAnsweredAndOverdueAndARestrictedCustomer() {
		var requests = api.as("chen.compliance").get("/api/v1/privacy-requests?size=50").body().get("content");
		assertThat(requests.valueStream().map(r -> r.get("status").asString())).contains("OPEN", "ANSWERED");
		assertThat(requests.valueStream().filter(r -> r.get("overdue").asBoolean())).isNotEmpty();
		long restricted = requests.valueStream().filter(r -> "RESTRICTED".equals(r.path("outcome").asString()))
			.findFirst().orElseThrow().get("customerId").asLong();
		assertThat(api.as("chen.compliance").get("/api/v1/customers/" + restricted).body().get("restrictedAt").isNull())
			.isFalse();
	}

	@Test
	void complianceFindsTheDemosLegalHoldOnTheRetentionPage() throws Exception {
		var compliance = org.clientcare.support.SignedInPages.as("chen.compliance", port);
		String page = compliance.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/privacy/retention?lang=en")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();

		assertThat(page).contains("Legal holds", "涉诉：客户与本行借款合同纠纷已由法院立案", "Release").doesNotContain("No legal hold stands.");
	}

	@Test
	void aDemoVisitsNextStepsBecameALoanApplicationCaseOnTheLedger() {
		var visit = api.as("zhang.rm").get("/api/v1/visits?manager=me&size=100").body().get("content").valueStream()
			.filter(v -> !v.get("followUpCaseId").isNull() && "住房贷款需求".equals(v.get("purpose").asString()))
			.findFirst().orElseThrow();
		var opened = api.as("zhang.rm").get("/api/v1/cases/" + visit.get("followUpCaseId").asLong()).body();
		assertThat(opened.get("type").asString()).isEqualTo("LOAN_APPLICATION");
		assertThat(opened.get("customerId").asLong()).isEqualTo(visit.get("customerId").asLong());
	}

	@Test
	void theDemoHasCasesInSeveralStagesOpenPausedOverdueCompletedAndRejectedOneInvolvingWealthManagement() {
		var cases = api.as("admin").get("/api/v1/cases?size=100").body().get("content");
		assertThat(cases.valueStream().map(k -> k.get("status").asString())).contains("OPEN", "PAUSED", "COMPLETED",
				"REJECTED");
		assertThat(cases.valueStream().map(k -> k.get("type").asString())).contains("INSURANCE_CLAIM",
				"LOAN_APPLICATION", "ACCOUNT_OPENING", "PURCHASE", "OTHER");
		assertThat(cases.valueStream().filter(k -> k.get("status").asString().equals("OPEN"))
			.map(k -> k.get("stage").asString()).distinct().count()).isGreaterThanOrEqualTo(3);
		assertThat(api.as("zhang.rm").get("/api/v1/cases?overdue=true").body().get("totalElements").asInt()).isPositive();
		assertThat(api.as("liu.handler").get("/api/v1/cases").body().get("totalElements").asInt()).isPositive();
		JsonNode completed = cases.valueStream().filter(k -> k.get("status").asString().equals("COMPLETED")
				&& k.get("type").asString().equals("INSURANCE_CLAIM")).findFirst().orElseThrow();
		var history = api.as("admin").get("/api/v1/cases/" + completed.get("id").asLong()).body().get("history");
		assertThat(java.time.OffsetDateTime.parse(history.get(0).get("enteredAt").asString()).toLocalDate())
			.isBefore(today.minusDays(14));
	}

	@Test
	void aDemoClaimsReviewFellDueFiveWorkingDaysAfterItBeganOnTheOfficialCalendar() {
		var claims = api.as("admin").get("/api/v1/cases?size=100&type=INSURANCE_CLAIM").body().get("content").valueStream()
			.map(k -> api.as("admin").get("/api/v1/cases/" + k.get("id").asLong()).body()).toList();
		var reviews = claims.stream().flatMap(k -> k.get("history").valueStream())
			.filter(h -> h.get("stage").asString().equals("REVIEW")).toList();

		assertThat(reviews).isNotEmpty().allSatisfy(h -> assertThat(day(h.get("dueAt")))
			.isEqualTo(calendar.addWorkingDays(day(h.get("enteredAt")), 5)));
	}

	@Test
	void zhangsEarliestOpenRevisitIsAFewDaysOverdueAndSomeFallDueThisWeek() {
		var earliest = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&status=OPEN&size=1").body().get("content").get(0);
		long thisWeek = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&status=OPEN&size=1&dueBefore="
				+ today.plusDays(7)).body().get("totalElements").asLong();
		long overdue = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&status=OPEN&size=1&dueBefore="
				+ today.minusDays(1)).body().get("totalElements").asLong();
		long open = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&status=OPEN&size=1").body().get("totalElements")
			.asLong();

		assertThat(java.time.LocalDate.parse(earliest.get("dueDate").asString())).isAfterOrEqualTo(today.minusDays(21));
		assertThat(overdue).isPositive().isLessThan(open / 5);
		assertThat(thisWeek).isGreaterThan(overdue);
	}

	@Test
	void twelveMonthsOfAccountsGivePudongItsSettlementAccountsAndLeaveXuhuiShortOfTarget() {
		String lastMonth = "&period=MONTH&date=" + today.minusMonths(1);
		var pudong = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH-PD" + lastMonth),
				r -> figure(r, "NEW_SETTLEMENT_ACCOUNTS").get("value").asInt() >= 4);
		var xuhui = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH-XH" + lastMonth);
		var year = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=YEAR");

		assertThat(figure(pudong, "NEW_SETTLEMENT_ACCOUNTS").get("status").asString()).isEqualTo("GREEN");
		assertThat(figure(xuhui, "NEW_SETTLEMENT_ACCOUNTS").get("status").asString()).isNotEqualTo("GREEN");
		assertThat(figure(year, "COMPLAINT_COUNT").get("value").asInt()).isPositive();
	}

	@Test
	void theCustomersRatedMostEarlierRevisitsSoTheSatisfactionRateHasAFigureInEachOfTheLastElevenMonthsNearItsTarget() {
		var year = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=YEAR"),
				r -> figure(r, "SATISFACTION_RATE").get("denominator").asInt() > 0);
		for (int back = 1; back <= 11; back++) {
			var month = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=MONTH&date=" + today.minusMonths(back));
			assertThat(figure(month, "SATISFACTION_RATE").get("denominator").asInt()).as("revisits rated %d months ago", back)
				.isPositive();
		}
		assertThat(figure(year, "SATISFACTION_RATE").get("value").asDouble()).isBetween(0.8, 0.95);
	}

	@Test
	void theRevisitCompletionRateMovesAroundItsTargetFromMonthToMonthRatherThanStandingAtOneHundredPercent() {
		org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=YEAR"),
				r -> figure(r, "REVISIT_COMPLETION_RATE").get("denominator").asInt() > 0);
		List<Double> rates = new ArrayList<>();
		for (int back = 1; back <= 11; back++) {
			var month = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=MONTH&date=" + today.minusMonths(back));
			rates.add(figure(month, "REVISIT_COMPLETION_RATE").get("value").asDouble());
		}

		assertThat(rates).as("the completion rate of each of the last eleven months").allSatisfy(rate -> assertThat(rate)
			.isBetween(0.85, 1.0));
		assertThat(rates.stream().filter(rate -> rate < 1.0)).as("months with revisits made late").hasSizeGreaterThanOrEqualTo(4);
		assertThat(rates.stream().filter(rate -> rate < 0.95)).as("months below the 95 %% target").isNotEmpty();
		assertThat(rates.stream().filter(rate -> rate >= 0.95)).as("months on target").isNotEmpty();
	}

	@Test
	void theCoreSystemReportedEachCustomersHoldingsAtEveryMonthEndSoAumGrowthHasAFigureForTheYearAndEachMonth() {
		var year = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=YEAR");
		assertThat(figure(year, "AUM_GROWTH").get("value").isNull()).as("AUM growth over the year").isFalse();
		for (int back = 0; back <= 11; back++) {
			var month = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=MONTH&date=" + today.minusMonths(back));
			assertThat(figure(month, "AUM_GROWTH").get("denominator").decimalValue()).as("AUM at the start of the month %d months ago", back)
				.isPositive();
		}
	}

	@Test
	void everyDemoCustomerDeclaredAtLeastTheAssetsItHoldsWithUs(
			@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		Map<String, Object> counts = jdbc.queryForMap("""
				select count(*) as profiles, count(*) filter (where p.cash + p.deposits + p.real_estate + p.stocks
				  + p.funds + p.wealth_products + p.insurance + p.other_assets < m.aum) as below
				from customer_financial_profile p
				join (select distinct on (customer_id) customer_id, aum from customer_metrics
				      order by customer_id, as_of desc) m on m.customer_id = p.customer_id""");

		assertThat(((Number) counts.get("profiles")).longValue()).isGreaterThan(900);
		assertThat(((Number) counts.get("below")).longValue()).as("declared total assets below the AUM").isZero();
	}

	@Test
	void theYearsAumGrowthHasItsStartingFigureAlsoWhenTheYearStartsOnTheFirstOfAMonth() {
		String year = "from=" + today.withDayOfMonth(1).minusYears(1) + "&to=" + today;

		var report = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&" + year);

		assertThat(figure(report, "AUM_GROWTH").get("denominator").decimalValue()).as("AUM at the month end before the year")
			.isPositive();
		assertThat(figure(report, "AUM_GROWTH").get("value").isNull()).isFalse();
	}

	@Test
	void mostOfTheYearsInquiriesWereAnsweredInsideTheirDeadlineAtTheTimeTheyWereAnsweredAndOneOrTwoLate() {
		var answered = api.as("wang.agent").get("/api/v1/inquiries?status=ANSWERED&size=500").body().get("content")
			.valueStream().toList();
		long late = answered.stream().filter(i -> instant(i.get("answeredAt")).isAfter(instant(i.get("dueAt")))).count();
		long months = answered.stream().map(i -> day(i.get("answeredAt")).withDayOfMonth(1)).distinct().count();

		assertThat(answered).as("answered inquiries").hasSizeGreaterThanOrEqualTo(40);
		assertThat(late).as("answered after their deadline").isBetween(1L, 3L);
		assertThat(months).as("the months they were answered in").isGreaterThanOrEqualTo(12);
		var year = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&from="
				+ today.minusYears(1) + "&to=" + today), r -> figure(r, "INQUIRY_ON_TIME_RATE").get("denominator").asInt() >= 40);
		assertThat(figure(year, "INQUIRY_ON_TIME_RATE").get("value").asDouble()).isBetween(0.9, 0.99);
	}

	@Test
	void theDemoShowsInsuranceSalesOfTheYearRevisitedInsideTheirHesitationPeriod() {
		for (String manager : new String[] { "zhang.rm", "li.rm" }) {
			var revisited = api.as(manager).get("/api/v1/revisits?assignee=me&status=DONE&size=500").body().get("content")
				.valueStream().filter(r -> !r.path("hesitationEndsOn").isNull() && !r.path("hesitationEndsOn").isMissingNode())
				.toList();
			assertThat(revisited).as(manager + "'s hesitation-period revisits").hasSizeGreaterThanOrEqualTo(3);
			assertThat(revisited).as(manager).allSatisfy(r -> assertThat(day(r.get("completedAt")))
				.isBeforeOrEqualTo(java.time.LocalDate.parse(r.get("hesitationEndsOn").asString())));
		}
		var year = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&from="
				+ today.minusYears(1) + "&to=" + today), r -> figure(r, "HESITATION_REVISIT_RATE").get("denominator").asInt() >= 6);
		assertThat(figure(year, "HESITATION_REVISIT_RATE").get("value").asDouble()).isEqualTo(1.0);
	}

	@Test
	void mostRevisitsDueInTheLastDaysWereMadeOnTimeAndNoneOfZhangsIsOverdueByMoreThanAWeek() {
		var lastDays = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&from=" + today.minusDays(7) + "&to="
				+ today.minusDays(1));
		var overdue = api.as("zhang.rm").get("/api/v1/revisits?assignee=me&status=OPEN&size=500&dueBefore="
				+ today.minusDays(8)).body().get("totalElements").asLong();

		assertThat(figure(lastDays, "REVISIT_COMPLETION_RATE").get("value").asDouble()).isGreaterThanOrEqualTo(0.6);
		assertThat(overdue).as("open revisits of zhang.rm overdue by more than a week").isZero();
	}

	@Test
	void theAnsweredPrivacyRequestsWereAnsweredOnTheirDaysBeforeTheDemoLoaded() {
		var answered = api.as("chen.compliance").get("/api/v1/privacy-requests?size=50").body().get("content").valueStream()
			.filter(r -> r.get("status").asString().equals("ANSWERED")).toList();

		assertThat(answered).hasSizeGreaterThanOrEqualTo(3);
		assertThat(answered).allSatisfy(r -> assertThat(day(r.get("answeredAt"))).isBefore(today)
			.isAfterOrEqualTo(java.time.LocalDate.parse(r.get("receivedOn").asString())));
	}

	static java.time.Instant instant(JsonNode moment) {
		return java.time.OffsetDateTime.parse(moment.asString()).toInstant();
	}

	/** The institution's day of a moment. */
	static java.time.LocalDate day(JsonNode moment) {
		return instant(moment).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

	static JsonNode figure(Api.Response report, String code) {
		return report.body().get("figures").valueStream().filter(f -> f.get("code").asString().equals(code)).findFirst()
			.orElseThrow();
	}

	@Test
	void aFewCustomersTurnedDormantOrClosedInTheMonthsOfTheYearSoTheChurnRateHasItsHistory() {
		var year = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&from="
				+ today.minusYears(1) + "&to=" + today), r -> figure(r, "CHURN_RATE").get("numerator").asInt(0) >= 8);
		int monthsWithChurn = 0;
		for (int back = 1; back <= 11; back++) {
			var month = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=MONTH&date=" + today.minusMonths(back));
			monthsWithChurn += figure(month, "CHURN_RATE").get("numerator").asInt(0) > 0 ? 1 : 0;
		}

		assertThat(figure(year, "CHURN_RATE").get("value").asDouble()).as("customers lost over the year")
			.isBetween(0.005, 0.02);
		assertThat(monthsWithChurn).as("months of the last eleven in which customers left").isGreaterThanOrEqualTo(9);
		for (String status : new String[] { "DORMANT", "CLOSED" }) {
			assertThat(api.as("admin").get("/api/v1/customers?size=1&status=" + status).body().get("totalElements").asLong())
				.as(status).isPositive();
		}
	}

	@Test
	void complaintsOfEveryMonthOfTheYearWereClosedMostInsideTheirDeadlinesAndRatedByTheComplainants() {
		var year = org.awaitility.Awaitility.await().until(() -> api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&from="
				+ today.minusYears(1) + "&to=" + today), r -> figure(r, "COMPLAINT_SATISFACTION").get("denominator").asInt(0) >= 30);
		for (int back = 1; back <= 11; back++) {
			var month = api.as("zhao.manager").get("/api/v1/kpis?orgUnit=SH&period=MONTH&date=" + today.minusMonths(back));
			for (String code : new String[] { "ACK_ON_TIME_RATE", "RESOLUTION_ON_TIME_RATE", "COMPLAINT_SATISFACTION" }) {
				assertThat(figure(month, code).get("denominator").asInt(0)).as("%s %d months ago", code, back).isPositive();
			}
			assertThat(figure(month, "COMPLAINT_COUNT").get("value").asInt(0)).as("complaints %d months ago", back).isPositive();
		}

		assertThat(figure(year, "ACK_ON_TIME_RATE").get("value").asDouble()).as("acknowledged in time").isBetween(0.85, 0.99);
		assertThat(figure(year, "RESOLUTION_ON_TIME_RATE").get("value").asDouble()).as("resolved in time").isBetween(0.85, 0.99);
		assertThat(figure(year, "COMPLAINT_SATISFACTION").get("value").asDouble()).as("satisfied complainants")
			.isBetween(0.7, 0.95);
	}

	@Test
	void complaintsAreInEveryStatusSomeNearTheirDeadlineAndOneBreached() {
		for (String status : new String[] { "RECEIVED", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REOPENED",
				"ESCALATED" }) {
			assertThat(api.as("wang.agent").get("/api/v1/complaints?size=1&status=" + status).body().get("totalElements")
				.asLong()).as(status).isPositive();
		}
		// open ones only: the SLA sweep, every five minutes, also marks the complaints of the year closed late
		var open = api.as("wang.agent").get("/api/v1/complaints?size=500").body().get("content").valueStream()
			.filter(c -> !java.util.Set.of("RESOLVED", "CLOSED").contains(c.get("status").asString()))
			.toList();
		assertThat(open.stream().filter(c -> c.get("breached").asBoolean()).map(c -> c.get("status").asString()))
			.as("the open complaints past a deadline").containsExactly("RECEIVED");
		assertThat(open).anyMatch(c -> c.get("regulatoryPaused").asBoolean() && c.get("pauseReason").asString().equals("MEDIATION"));
		assertThat(open).anyMatch(c -> c.get("status").asString().equals("IN_PROGRESS")
				&& !day(c.get("resolutionDueAt")).isAfter(calendar.addWorkingDays(today, 3)));
	}

	@Test
	void theCustomersClosedOverTheYearHaveNoOpenRevisitsTheirPlannedOnesCancelledWhenTheyWereClosed() {
		var closed = Pages.all(api.as("admin"), "/api/v1/customers?status=CLOSED&size=500");
		assertThat(closed).hasSizeGreaterThanOrEqualTo(3);

		List<JsonNode> revisits = new ArrayList<>();
		for (JsonNode customer : closed) {
			long id = customer.get("id").asLong();
			var open = org.awaitility.Awaitility.await().until(() -> api.as("admin")
				.get("/api/v1/revisits?status=OPEN&size=1&customerId=" + id).body().get("totalElements").asLong(), n -> n == 0);
			assertThat(open).as("open revisits of closed customer " + id).isZero();
			revisits.addAll(Pages.all(api.as("admin"), "/api/v1/revisits?status=CANCELLED&customerId=" + id));
		}
		assertThat(revisits).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get("cancelReason").asString()).isEqualTo("CUSTOMER_CLOSED");
			assertThat(java.time.OffsetDateTime.parse(r.get("completedAt").asString()).toLocalDate())
				.as("cancelled when its customer was closed, months ago").isBefore(today.minusDays(20));
		});
	}

	@Test
	void theOutboxShowsNoticesSentToComplainantsOneRetryingAndOneRefusedForGoodByTheSandbox() {
		for (String status : new String[] { "SENT", "FAILED", "DEAD" }) {
			var found = org.awaitility.Awaitility.await().until(() -> api.as("wang.agent")
				.get("/api/v1/notifications?size=5&status=" + status).body(), b -> b.get("totalElements").asLong() > 0);
			assertThat(found.get("content").get(0).get("channel").asString()).as(status).isEqualTo("SMS");
		}
		var dead = api.as("wang.agent").get("/api/v1/notifications?size=5&status=DEAD").body().get("content").get(0);
		assertThat(dead.get("lastErrorCode").asString()).isEqualTo("NO_SUCH_SUBSCRIBER");
		assertThat(dead.get("lastError").asString()).isEqualTo("400 from the demo sandbox: no such subscriber");
		assertThat(dead.get("recipient").asString()).as("masked").doesNotContain("13912340000");
	}

	@Test
	void theOutboxPageSaysWhyTheSandboxRefusedAMessageInThePagesLanguageOnly() throws Exception {
		String chinese = page("wang.agent", "/notifications/outbox?status=DEAD&lang=zh-CN");
		String english = page("wang.agent", "/notifications/outbox?status=DEAD&lang=en");

		assertThat(chinese).contains("空号：该号码不存在（演示沙箱拒收）").doesNotContain("no such subscriber", "demo sandbox");
		assertThat(english).contains("No such subscriber: the number does not exist (refused by the demo sandbox)")
			.doesNotContain("空号");
	}

	private String page(String user, String path) throws Exception {
		var client = SignedInPages.as(user, port);
		var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void requestsWaitForTheBranchManagerAndForComplianceAndAlertsAreOpen() {
		var zhao = Pages.all(api.as("zhao.manager"), "/api/v1/approvals").stream().map(r -> r.get("type").asString()).toList();
		var chen = Pages.all(api.as("chen.compliance"), "/api/v1/approvals").stream().map(r -> r.get("type").asString())
			.toList();
		long alerts = api.as("chen.compliance").get("/api/v1/suitability-alerts?status=OPEN&size=1").body()
			.get("totalElements").asLong();

		assertThat(zhao).contains("tiering.override");
		assertThat(chen).contains("complaint.compensation", "faq.publication");
		assertThat(alerts).isPositive();
	}

	@Test
	void complianceFindsASaleAboveTheBuyersToleranceTheCustomerAcknowledgedAndAnAlertForOneItDidNot() {
		var acknowledged = api.as("chen.compliance").get("/api/v1/suitability-mismatches?size=50").body();
		var alerts = Pages.all(api.as("chen.compliance"), "/api/v1/suitability-alerts?status=OPEN");

		assertThat(acknowledged.get("totalElements").asLong()).isEqualTo(1);
		assertThat(acknowledged.get("content").get(0).toString()).contains("P-R4");
		assertThat(alerts).anyMatch(a -> "MISMATCH".equals(a.get("result").asString())
				&& "P-R5".equals(a.get("productCode").asString()));
	}

	@Test
	void misSellingRemediationsAreAssignedPutRightWithARefundAwaitingComplianceAndOneOverdueWentToCompliance() {
		var all = api.as("chen.compliance").get("/api/v1/remediations?size=500").body().get("content").valueStream().toList();
		var chen = Pages.all(api.as("chen.compliance"), "/api/v1/approvals").stream().map(r -> r.get("type").asString())
			.toList();

		assertThat(all).anyMatch(r -> "li.rm".equals(r.get("assignee").asString()) && r.get("status").asString().equals("OPEN"));
		assertThat(all).anyMatch(r -> r.get("status").asString().equals("RESOLVED")
				&& r.get("refundStatus").asString().equals("PENDING"));
		assertThat(all).anyMatch(r -> r.get("overdue").asBoolean() && !r.get("escalatedAt").isNull());
		assertThat(all).allMatch(r -> "zhang.rm".equals(r.get("seller").asString()));
		assertThat(chen).contains("remediation.refund");
	}

	@Test
	void careShowsACampaignSentOneAwaitingComplianceADraftAnUpcomingEventWithAWaitlistAndAPastOneWithCheckIns() {
		var campaigns = api.as("zhao.manager").get("/api/v1/campaigns?size=50").body().get("content").valueStream().toList();
		var upcoming = Pages.all(api.as("zhao.manager"), "/api/v1/events");
		var chen = Pages.all(api.as("chen.compliance"), "/api/v1/approvals").stream().map(r -> r.get("type").asString())
			.toList();

		assertThat(campaigns).anyMatch(c -> c.get("status").asString().equals("SENT") && c.get("queued").asLong() > 0
				&& java.time.OffsetDateTime.parse(c.get("finishedAt").asString()).toInstant().isBefore(java.time.Instant.now()));
		assertThat(campaigns).anyMatch(c -> c.get("status").asString().equals("SUBMITTED"));
		assertThat(campaigns).anyMatch(c -> c.get("status").asString().equals("DRAFT"));
		assertThat(chen).contains("care.campaign");
		assertThat(upcoming).anyMatch(e -> e.get("accepted").asLong() == e.get("capacity").asLong()
				&& e.get("waitlisted").asLong() > 0 && e.get("declined").asLong() > 0);
		// the exchange held a week ago was organised right after the lecture
		long past = upcoming.stream().filter(e -> e.get("title").asString().equals("2027 年市场展望讲座"))
			.mapToLong(e -> e.get("id").asLong()).findFirst().orElseThrow() + 1;
		var held = api.as("zhao.manager").get("/api/v1/events/" + past).body();
		assertThat(java.time.OffsetDateTime.parse(held.get("startsAt").asString()).toInstant()).isBefore(java.time.Instant.now());
		assertThat(held.get("attended").asLong()).isPositive();
		// checked in at the door of the exchange, on its day, and no one yet at the lecture to come
		var startsAt = java.time.OffsetDateTime.parse(held.get("startsAt").asString()).toInstant();
		var attendedAt = Pages.all(api.as("zhao.manager"), "/api/v1/events/" + past + "/invitations").stream()
			.filter(i -> i.hasNonNull("attendedAt"))
			.map(i -> java.time.OffsetDateTime.parse(i.get("attendedAt").asString()).toInstant()).toList();
		assertThat(attendedAt).hasSize((int) held.get("attended").asLong())
			.allMatch(at -> !at.isBefore(startsAt.minus(java.time.Duration.ofHours(3))) && at.isBefore(startsAt));
		assertThat(upcoming).filteredOn(e -> e.get("title").asString().equals("2027 年市场展望讲座"))
			.allMatch(e -> e.get("attended").asLong() == 0);
	}

	@Test
	void zhangsWealthiestCustomersHaveTheirBirthdayTomorrowAndHisCareToDosSayWhatToPrepare() {
		var tasks = Pages.all(api.as("zhang.rm"), "/api/v1/care/tasks");

		assertThat(tasks).anyMatch(t -> t.get("occasion").asString().equals("BIRTHDAY")
				&& java.time.LocalDate.parse(t.get("occasionOn").asString()).equals(today.plusDays(1))
				&& List.of("DIAMOND", "PLATINUM").contains(t.get("tier").asString()) && !t.hasNonNull("doneAt"));
	}

	@Test
	void theDemoGreetedCustomersOverTheLastDaysThroughTheOutbox() {
		var outbox = api.as("chen.compliance").get("/api/v1/notifications?size=200").body().get("content").valueStream()
			.map(m -> m.get("template").asString()).toList();

		assertThat(outbox).contains("care-campaign", "care-event-invitation");
		assertThat(outbox).anyMatch(t -> t.equals("care-birthday") || t.equals("care-festival"));
	}

	@Test
	void theDemoHoldsEntitlementsWithUsesThisYearAndAUseBeyondTheQuotaAwaitingTheBranchManager() {
		var diamonds = api.as("zhang.rm").get("/api/v1/customers?tier=DIAMOND&manager=zhang.rm&size=500").body()
			.get("content");
		long used = diamonds.valueStream().mapToLong(c -> api.as("zhang.rm")
			.get("/api/v1/customers/" + c.get("id").asLong() + "/entitlements").body().valueStream()
			.filter(e -> e.get("code").asString().equals("AIRPORT_LOUNGE")).mapToLong(e -> e.get("used").asLong()).sum())
			.sum();
		assertThat(used).isGreaterThanOrEqualTo(3);
		assertThat(Pages.all(api.as("zhao.manager"), "/api/v1/approvals").stream()
			.map(r -> r.get("type").asString())).contains("entitlement.overuse");
	}

	@Test
	void thisYearsVipListIsInForceWithFourVipsAndAnAdditionWaitsForHeadOfficesApproval() {
		var programme = api.as("sun.hq").get("/api/v1/vip-programme/" + today.getYear());
		assertThat(programme.status()).as(programme.text()).isEqualTo(200);
		assertThat(programme.body().get("status").asString()).isEqualTo("APPROVED");
		assertThat(programme.body().get("members").valueStream().map(m -> m.get("level").asString()))
			.containsExactlyInAnyOrder("SUPREME", "DIAMOND", "PLATINUM", "GOLD");
		assertThat(programme.body().get("cards").get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(Pages.all(api.as("sun.hq"), "/api/v1/approvals").stream().map(r -> r.get("type").asString()))
			.contains("vip.change");
		assertThat(Pages.all(api.as("zhao.manager"), "/api/v1/approvals").stream()
			.map(r -> r.get("type").asString())).as("a branch is not head office").doesNotContain("vip.change");
	}

	/**
	 * The demo's application creates springdoc's controller of the OpenAPI description, which starts its build, once the
	 * demo has loaded: it is springdoc's bean of that name, kept back while the demo loads and created by the time the
	 * application is ready (here, on the demo context the other checks use, rather than on one started for it alone; no
	 * check of this class asks for the description, which would create the controller itself).
	 */
	@Nested
	class ApiDescription {

		@Autowired
		org.springframework.context.ConfigurableApplicationContext context;

		@Test
		void theApiDescriptionIsKeptBackWhileTheDemoLoadsAndCreatedOnceItHasLoaded() {
			var beans = context.getBeanFactory();

			assertThat(beans.getBeanDefinition(ApiDescriptionAfterTheDemo.API_DESCRIPTION).isLazyInit()).isTrue();
			assertThat(beans.getType(ApiDescriptionAfterTheDemo.API_DESCRIPTION).getName()).startsWith("org.springdoc.");
			assertThat(beans.containsSingleton(ApiDescriptionAfterTheDemo.API_DESCRIPTION)).isTrue();
		}
	}

	/** The demo loaded on the day the tests run shows that day's institution. */
	@Nested
	class LoadedToday extends DemoOnItsDay {
	}

	/** The KPI roll-up agrees with the records on the demo's year (here, so that the demo starts in one test JVM only). */
	@Nested
	class KpiRollUp extends org.clientcare.kpi.KpiRollupAgreement {
	}

	/** The audit page reads in words on the demo's trail (here, so that the demo starts in one test JVM only). */
	@Nested
	class AuditPage extends org.clientcare.audit.web.AuditPageAgreement {
	}

	/**
	 * The demo phone shows a customer their messages, links included, which staff never see (here, so that the demo
	 * starts in one test JVM only).
	 */
	@Nested
	class DemoPhone extends org.clientcare.notification.DemoPhoneAgreement {
	}

	/**
	 * The appointment pages open on a branch where advisors work (here, so that the demo starts in one test JVM only).
	 */
	@Nested
	class BranchFirstShown extends org.clientcare.appointment.BranchFirstShownPageAgreement {
	}
}
