package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-time rate of data-subject requests per period and org unit, which the privacy module publishes for the KPI
 * dashboard and the compliance page (an opt-in figure beside the 14 of {@code GET /api/v1/kpis}): a request answered
 * within its 15 working days counts as on time, one answered later does not; a unit's figures hold its own requests
 * only; a branch manager reads his own branch and not another's; bad periods are refused naming the field.
 */
@IntegrationTest
class PrivacyRequestFiguresTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void oneRequestAnsweredInTimeAndOneAnsweredAMonthLateMakeAnOnTimeRateOfHalfForTheirUnitOnly() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String otherUnit = staff.subBranch();
		String manager = staff.user("BRANCH_MANAGER", otherUnit);
		long first = staff.customer(unit, null);
		long second = staff.customer(unit, null);
		long third = staff.customer(unit, null);
		staff.customer(otherUnit, null);
		clock.fixAt(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(SHANGHAI).toInstant());
		long onTime = register(first);
		long late = register(second);
		answer(onTime);
		clock.fixAt(LocalDate.of(2026, 4, 2).atTime(10, 0).atZone(SHANGHAI).toInstant());
		answer(late);
		register(third);

		var figures = api.as("chen.compliance")
			.get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-04-30&orgUnit=" + unit);

		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
		var body = figures.body();
		assertThat(body.get("orgUnit").asString()).isEqualTo(unit);
		assertThat(body.get("received").asLong()).isEqualTo(3);
		assertThat(body.get("answered").asLong()).isEqualTo(2);
		assertThat(body.get("answeredOnTime").asLong()).isEqualTo(1);
		assertThat(body.get("onTimeRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(body.get("open").asLong()).isEqualTo(1);
		var march = api.as("chen.compliance")
			.get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-03-31&orgUnit=" + unit).body();
		assertThat(march.get("answered").asLong()).isEqualTo(1);
		assertThat(march.get("onTimeRate").decimalValue()).isEqualByComparingTo("1");
		var other = api.as("chen.compliance")
			.get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-04-30&orgUnit=" + otherUnit).body();
		assertThat(other.get("received").asLong()).isZero();
		assertThat(other.get("onTimeRate").isNull()).as("no rate without an answer").isTrue();
		assertThat(staff.as(manager).get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-04-30&orgUnit="
				+ otherUnit).status()).isEqualTo(200);
		assertThat(staff.as(manager).get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-04-30&orgUnit="
				+ unit).status()).as("another branch's unit").isEqualTo(404);
	}

	@Test
	void aPeriodEndingBeforeItStartsAnUnknownUnitAndAServiceAgentAreRefused() {
		var backwards = api.as("chen.compliance").get("/api/v1/privacy-requests/figures?from=2026-03-31&to=2026-03-01");

		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.text()).contains("\"to\"");
		assertThat(api.as("chen.compliance").get("/api/v1/privacy-requests/figures?from=2026-03-01&to=someday").status())
			.isEqualTo(400);
		assertThat(api.as("chen.compliance")
			.get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-03-31&orgUnit=NOWHERE").status())
			.isEqualTo(404);
		assertThat(api.as("wang.agent").get("/api/v1/privacy-requests/figures?from=2026-03-01&to=2026-03-31").status())
			.isEqualTo(403);
	}

	private long register(long customer) {
		var created = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", customer, "kind",
				"ACCESS", "channel", "PHONE"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private void answer(long request) {
		var answered = api.as("chen.compliance").post("/api/v1/privacy-requests/" + request + "/answer",
				Api.json("answer", "已提供个人信息副本"));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
	}
}
