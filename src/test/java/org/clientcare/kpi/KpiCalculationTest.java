package org.clientcare.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.clientcare.kpi.KpiFigure.Status;
import org.junit.jupiter.api.Test;

class KpiCalculationTest {

	static final KpiDefinitions DEFAULTS = new KpiDefinitions(1, 4, ComplaintRateBasis.PER_10K_CUSTOMERS,
			new BigDecimal("0.20"), Map.of("SATISFACTION_RATE", new BigDecimal("0.90"), "NEW_SETTLEMENT_ACCOUNTS_WEEK",
					BigDecimal.ONE, "NEW_SETTLEMENT_ACCOUNTS_MONTH", new BigDecimal("4"), "NEW_BASIC_ACCOUNTS_MONTH",
					new BigDecimal("2")),
			Instant.EPOCH, "system", "defaults");

	static KpiMeasures measures(long rated, long satisfied, long complaints, long customers) {
		return new KpiMeasures(0, 0, rated, satisfied, complaints, 0, 0, 0, 0, 0, 0, customers, customers, 0, 0,
				BigDecimal.ZERO, BigDecimal.ZERO, 3, 1, 0, 0, 0, null, 0, 0, 0);
	}

	static KpiFigure figure(java.util.List<KpiFigure> figures, KpiCode code) {
		return figures.stream().filter(f -> f.code() == code).findFirst().orElseThrow();
	}

	@Test
	void nineteenSatisfiedOfTwentyRatedIsNinetyFivePercentAndGreenAgainstNinety() {
		var month = KpiPeriod.of(KpiPeriod.Kind.MONTH, LocalDate.of(2026, 11, 15));
		var figures = KpiCalculation.figures(month, measures(20, 19, 0, 0), measures(10, 8, 0, 0), measures(0, 0, 0, 0),
				DEFAULTS, ComplaintRateBasis.PER_10K_CUSTOMERS, 2L);

		var satisfaction = figure(figures, KpiCode.SATISFACTION_RATE);
		assertThat(satisfaction.value()).isEqualByComparingTo("0.95");
		assertThat(satisfaction.previous()).isEqualByComparingTo("0.80");
		assertThat(satisfaction.difference()).isEqualByComparingTo("0.15");
		assertThat(satisfaction.change()).isEqualByComparingTo("0.1875");
		assertThat(satisfaction.status()).isEqualTo(Status.GREEN);
	}

	@Test
	void fiveComplaintsAmongTwentyFiveThousandCustomersAreTwoPerTenThousandAndMustFallTwentyPercentYearOnYear() {
		var month = KpiPeriod.of(KpiPeriod.Kind.MONTH, LocalDate.of(2026, 11, 15));
		var figures = KpiCalculation.figures(month, measures(0, 0, 5, 25_000), measures(0, 0, 4, 25_000),
				measures(0, 0, 5, 20_000), DEFAULTS, ComplaintRateBasis.PER_10K_CUSTOMERS, 2L);

		var rate = figure(figures, KpiCode.COMPLAINT_RATE);
		assertThat(rate.denominator()).isEqualByComparingTo("2.5");
		assertThat(rate.value()).isEqualByComparingTo("2.0");
		assertThat(rate.target()).isEqualByComparingTo("2.0");
		assertThat(rate.status()).isEqualTo(Status.GREEN);
		var count = figure(figures, KpiCode.COMPLAINT_COUNT);
		assertThat(count.denominator()).isNull();
		assertThat(count.change()).as("five after four is a quarter more").isEqualByComparingTo("0.25");
		assertThat(count.target()).isEqualByComparingTo("4");
		assertThat(count.status()).isEqualTo(Status.RED);
	}

	@Test
	void twoSubBranchesOweEightNewSettlementAccountsAMonthAndFourBasicOnes() {
		var month = KpiPeriod.of(KpiPeriod.Kind.MONTH, LocalDate.of(2026, 11, 15));
		var figures = KpiCalculation.figures(month, measures(0, 0, 0, 0), measures(0, 0, 0, 0), measures(0, 0, 0, 0),
				DEFAULTS, ComplaintRateBasis.PER_10K_CUSTOMERS, 2L);

		assertThat(figure(figures, KpiCode.NEW_SETTLEMENT_ACCOUNTS).target()).isEqualByComparingTo("8");
		assertThat(figure(figures, KpiCode.NEW_SETTLEMENT_ACCOUNTS).status()).isEqualTo(Status.RED);
		assertThat(figure(figures, KpiCode.NEW_BASIC_ACCOUNTS).target()).isEqualByComparingTo("4");
	}

	@Test
	void aRateWithNothingDueHasNoValueAndNoStatus() {
		var week = KpiPeriod.of(KpiPeriod.Kind.WEEK, LocalDate.of(2026, 11, 18));
		var figures = KpiCalculation.figures(week, measures(0, 0, 0, 0), measures(0, 0, 0, 0), measures(0, 0, 0, 0),
				DEFAULTS, ComplaintRateBasis.PER_10K_CUSTOMERS, 1L);

		assertThat(figure(figures, KpiCode.SATISFACTION_RATE).value()).isNull();
		assertThat(figure(figures, KpiCode.SATISFACTION_RATE).status()).isNull();
		assertThat(figure(figures, KpiCode.NEW_SETTLEMENT_ACCOUNTS).target()).isEqualByComparingTo("1");
	}

	@Test
	void nineteenOfTwentyHesitationPeriodRevisitsDoneInsideThePeriodAreAmberAgainstAllOfThem() {
		var month = KpiPeriod.of(KpiPeriod.Kind.MONTH, LocalDate.of(2026, 11, 15));
		var targets = new java.util.HashMap<>(DEFAULTS.targets());
		targets.put("HESITATION_REVISIT_RATE", BigDecimal.ONE);
		var definitions = new KpiDefinitions(2, 4, ComplaintRateBasis.PER_10K_CUSTOMERS, new BigDecimal("0.20"), targets,
				Instant.EPOCH, "system", "hesitation-period revisits");
		var figures = KpiCalculation.figures(month, hesitation(20, 19), hesitation(4, 4), measures(0, 0, 0, 0),
				definitions, ComplaintRateBasis.PER_10K_CUSTOMERS, 2L);

		var hesitation = figure(figures, KpiCode.HESITATION_REVISIT_RATE);
		assertThat(hesitation.numerator()).isEqualByComparingTo("19");
		assertThat(hesitation.denominator()).isEqualByComparingTo("20");
		assertThat(hesitation.value()).isEqualByComparingTo("0.95");
		assertThat(hesitation.target()).isEqualByComparingTo("1");
		assertThat(hesitation.previous()).isEqualByComparingTo("1");
		assertThat(hesitation.change()).isEqualByComparingTo("-0.05");
		assertThat(hesitation.status()).as("within 5 % of 100 %").isEqualTo(Status.AMBER);
	}

	static KpiMeasures hesitation(long due, long inTime) {
		return new KpiMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0,
				null, 0, due, inTime);
	}

	@Test
	void amberIsWithinFivePercentOfTheTarget() {
		assertThat(KpiCalculation.status(KpiCode.SATISFACTION_RATE, new BigDecimal("0.86"), new BigDecimal("0.90")))
			.isEqualTo(Status.AMBER);
		assertThat(KpiCalculation.status(KpiCode.SATISFACTION_RATE, new BigDecimal("0.85"), new BigDecimal("0.90")))
			.isEqualTo(Status.RED);
		assertThat(KpiCalculation.status(KpiCode.CHURN_RATE, new BigDecimal("0.0104"), new BigDecimal("0.0100")))
			.isEqualTo(Status.AMBER);
	}

	@Test
	void theChangeAgainstThePreviousPeriodIsAFractionOfThePreviousValueAndNoneFromZero() {
		assertThat(KpiCalculation.change(new BigDecimal("8"), new BigDecimal("10"))).isEqualByComparingTo("-0.2");
		assertThat(KpiCalculation.change(new BigDecimal("3"), BigDecimal.ZERO)).isNull();
		assertThat(KpiCalculation.change(null, BigDecimal.ONE)).isNull();
	}
}
