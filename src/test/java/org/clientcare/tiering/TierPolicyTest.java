package org.clientcare.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientcare.customer.BankBranch;
import org.clientcare.customer.CorporateStanding;
import org.clientcare.customer.CustomerType;
import org.junit.jupiter.api.Test;

/** SPEC §3, rule by rule, with the default thresholds. */
class TierPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

	final TierPolicy policy = new TierPolicy(TierSettings.defaults());

	static CustomerFigures retail(String aum) {
		return new CustomerFigures(TODAY, new BigDecimal(aum), null, null, null, null, null, null, null);
	}

	static CustomerFigures corporate(String avgDailyDeposits, String loans, String intermediaryIncome) {
		return new CustomerFigures(TODAY, BigDecimal.ZERO, new BigDecimal(avgDailyDeposits), new BigDecimal(loans),
				new BigDecimal(intermediaryIncome), null, false, false, BigDecimal.ZERO);
	}

	static CustomerFigures flagged(CustomerFigures f, boolean badCredit, boolean litigation, String shareholdingPct) {
		return new CustomerFigures(f.asOf(), f.aum(), f.avgDailyDeposits(), f.loans(), f.intermediaryIncome(),
				f.annualContribution(), badCredit, litigation, new BigDecimal(shareholdingPct));
	}

	TierDecision individual(String aum) {
		return policy.decide(CustomerType.INDIVIDUAL, LONG_AGO, retail(aum), TODAY);
	}

	@Test
	void aRetailCustomerWithAumOfOneMillionIsPlatinumAndOneFenLessIsGold() {
		TierDecision platinum = individual("1000000.00");
		TierDecision gold = individual("999999.99");

		assertThat(platinum.tier()).isEqualTo(Tier.PLATINUM);
		assertThat(platinum.rule()).isEqualTo(TierPolicy.RETAIL_AUM);
		assertThat(gold.tier()).isEqualTo(Tier.GOLD);
		assertThat(gold.explanation()).containsEntry("rule", "retail.aum").containsEntry("scheme", "RETAIL");
		assertThat(gold.explanation().get("inputs").toString()).contains("aum=999999.99");
		assertThat(gold.explanation().get("thresholds").toString()).contains("PLATINUM=1000000.00", "GOLD=200000.00");
	}

	@Test
	void retailThresholdsAreSixMillionOneMillionAndTwoHundredThousand() {
		assertThat(individual("6000000.00").tier()).isEqualTo(Tier.DIAMOND);
		assertThat(individual("5999999.99").tier()).isEqualTo(Tier.PLATINUM);
		assertThat(individual("200000.00").tier()).isEqualTo(Tier.GOLD);
		assertThat(individual("199999.99").tier()).isEqualTo(Tier.ORDINARY);
		assertThat(individual("199999.99").rule()).isEqualTo(TierPolicy.RETAIL_BELOW_GOLD);
	}

	@Test
	void aContributionThresholdMustAlsoBeMetWithAllAndSufficesWithAny() {
		var defaults = TierSettings.defaults();
		var all = new TierSettings(defaults.retailDiamondAum(), defaults.retailPlatinumAum(), defaults.retailGoldAum(), null,
				new BigDecimal("20000"), null, TierSettings.Combination.ALL, 6, defaults.loanCoefficient(),
				defaults.intermediaryIncomeCoefficient(), defaults.corporateDiamond(), defaults.corporatePlatinum(),
				defaults.corporateGold(), defaults.corporateSilver(), defaults.shareholderPct());
		var any = new TierSettings(all.retailDiamondAum(), all.retailPlatinumAum(), all.retailGoldAum(), null,
				new BigDecimal("20000"), null, TierSettings.Combination.ANY, 6, all.loanCoefficient(),
				all.intermediaryIncomeCoefficient(), all.corporateDiamond(), all.corporatePlatinum(), all.corporateGold(),
				all.corporateSilver(), all.shareholderPct());
		var rich = new CustomerFigures(TODAY, new BigDecimal("1500000"), null, null, null, new BigDecimal("5000"), null,
				null, null);
		var loyal = new CustomerFigures(TODAY, new BigDecimal("300000"), null, null, null, new BigDecimal("25000"), null,
				null, null);

		assertThat(new TierPolicy(all).decide(CustomerType.INDIVIDUAL, LONG_AGO, rich, TODAY).tier()).isEqualTo(Tier.GOLD);
		assertThat(new TierPolicy(any).decide(CustomerType.INDIVIDUAL, LONG_AGO, loyal, TODAY).tier())
			.isEqualTo(Tier.PLATINUM);
		assertThat(new TierPolicy(any).decide(CustomerType.INDIVIDUAL, LONG_AGO, loyal, TODAY).rule())
			.isEqualTo(TierPolicy.RETAIL_AUM_OR_CONTRIBUTION);
	}

	@Test
	void standardDepositsAreDepositsPlusHalfTheLoansPlusTenTimesIntermediaryIncome() {
		var f = corporate("1000000", "2000000", "100000").completed();

		assertThat(TierPolicy.standardDeposits(f, TierSettings.defaults())).isEqualByComparingTo("3000000.00");
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, f, TODAY).tier()).isEqualTo(Tier.SILVER);
	}

	@Test
	void corporateThresholdsAreTwoHundredFiftyFiveAndHalfAMillion() {
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, corporate("200000000", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.DIAMOND);
		assertThat(policy.decide(CustomerType.INSTITUTION, LONG_AGO, corporate("50000000", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.PLATINUM);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, corporate("5000000", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.GOLD);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, corporate("500000", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.SILVER);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, corporate("499999.99", "0", "0"), TODAY).rule())
			.isEqualTo(TierPolicy.CORPORATE_BELOW_SILVER);
	}

	@Test
	void aShareholderOfThreePercentWhoMeetsPlatinumIsDiamond() {
		var shareholder = flagged(corporate("60000000", "0", "0"), false, false, "3");
		var smaller = flagged(corporate("60000000", "0", "0"), false, false, "2.99");

		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, shareholder, TODAY).tier()).isEqualTo(Tier.DIAMOND);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, shareholder, TODAY).rule())
			.isEqualTo(TierPolicy.CORPORATE_SHAREHOLDER);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, smaller, TODAY).tier()).isEqualTo(Tier.PLATINUM);
	}

	static final CorporateStanding FORTUNE = new CorporateStanding(true, false, null);

	static final CorporateStanding CHINA_TOP_500 = new CorporateStanding(false, true, null);

	static final CorporateStanding STATE_BANK_BRANCH = new CorporateStanding(false, false, BankBranch.STATE_CONTROLLED);

	TierDecision corporateOf(CorporateStanding standing, CustomerFigures f) {
		return policy.decide(CustomerType.CORPORATE, LONG_AGO, standing, f, TODAY);
	}

	@Test
	void aFortuneGlobal500CorporateMeetingGoldIsPlatinumByItsRuleAndOneFenBelowGoldIsNot() {
		TierDecision platinum = corporateOf(FORTUNE, corporate("5000000", "0", "0"));
		TierDecision below = corporateOf(FORTUNE, corporate("4999999.99", "0", "0"));

		assertThat(platinum.tier()).isEqualTo(Tier.PLATINUM);
		assertThat(platinum.rule()).isEqualTo(TierPolicy.CORPORATE_FORTUNE_GLOBAL_500);
		assertThat(platinum.explanation()).containsEntry("rule", "corporate.fortune-global-500");
		assertThat(platinum.explanation().get("inputs").toString()).contains("fortuneGlobal500=true");
		assertThat(below.tier()).isEqualTo(Tier.SILVER);
		assertThat(corporateOf(FORTUNE, corporate("50000000", "0", "0")).rule())
			.isEqualTo(TierPolicy.CORPORATE_STANDARD_DEPOSITS);
	}

	@Test
	void aShareholderOfOneToThreePercentMeetingGoldIsPlatinumAndOfLessIsGold() {
		var one = flagged(corporate("5000000", "0", "0"), false, false, "1");
		var less = flagged(corporate("5000000", "0", "0"), false, false, "0.9999");

		assertThat(corporateOf(CorporateStanding.NONE, one).tier()).isEqualTo(Tier.PLATINUM);
		assertThat(corporateOf(CorporateStanding.NONE, one).rule()).isEqualTo(TierPolicy.CORPORATE_SHAREHOLDER_PLATINUM);
		assertThat(corporateOf(CorporateStanding.NONE, less).tier()).isEqualTo(Tier.GOLD);
		assertThat(corporateOf(CorporateStanding.NONE, less).rule()).isEqualTo(TierPolicy.CORPORATE_STANDARD_DEPOSITS);
	}

	@Test
	void chinaTop500SmallShareholdersAndBankBranchesAreGoldEvenBelowGoldsFigures() {
		var nothing = corporate("0", "0", "0");
		var smallShareholder = flagged(nothing, false, false, "0.01");

		assertThat(corporateOf(CHINA_TOP_500, nothing).tier()).isEqualTo(Tier.GOLD);
		assertThat(corporateOf(CHINA_TOP_500, nothing).rule()).isEqualTo(TierPolicy.CORPORATE_CHINA_TOP_500);
		assertThat(corporateOf(CorporateStanding.NONE, smallShareholder).rule())
			.isEqualTo(TierPolicy.CORPORATE_SHAREHOLDER_GOLD);
		assertThat(corporateOf(STATE_BANK_BRANCH, nothing).tier()).isEqualTo(Tier.GOLD);
		assertThat(corporateOf(STATE_BANK_BRANCH, nothing).rule()).isEqualTo(TierPolicy.CORPORATE_BANK_BRANCH);
		assertThat(corporateOf(CorporateStanding.NONE, nothing).tier()).isEqualTo(Tier.BRONZE);
	}

	@Test
	void theRulesOfTheBankRegulationsGiveWayToTheCapsAndCanEachBeTurnedOff() {
		var litigation = flagged(corporate("5000000", "0", "0"), false, true, "2");
		var off = new TierPolicy(TierSettings.defaults().withRules(false, false, false, false, false));
		var shareholder = flagged(corporate("5000000", "0", "0"), false, false, "2");

		assertThat(corporateOf(FORTUNE, litigation).tier()).isEqualTo(Tier.BRONZE);
		assertThat(off.decide(CustomerType.CORPORATE, LONG_AGO, FORTUNE, corporate("5000000", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.GOLD);
		assertThat(off.decide(CustomerType.CORPORATE, LONG_AGO, CorporateStanding.NONE, shareholder, TODAY).tier())
			.isEqualTo(Tier.GOLD);
		assertThat(off.decide(CustomerType.CORPORATE, LONG_AGO, CHINA_TOP_500, corporate("0", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.BRONZE);
		assertThat(off.decide(CustomerType.CORPORATE, LONG_AGO, STATE_BANK_BRANCH, corporate("0", "0", "0"), TODAY).tier())
			.isEqualTo(Tier.BRONZE);
		assertThat(off.decide(CustomerType.CORPORATE, LONG_AGO, CorporateStanding.NONE,
				flagged(corporate("0", "0", "0"), false, false, "0.5"), TODAY).tier()).isEqualTo(Tier.BRONZE);
	}

	@Test
	void settingsSavedBeforeTheRulesOfTheBankRegulationsHaveThemOnAtOnePercent() {
		var d = TierSettings.defaults();

		assertThat(d.fortuneGlobal500Platinum()).isTrue();
		assertThat(d.bankBranchGold()).isTrue();
		assertThat(d.shareholderPlatinumPct()).isEqualByComparingTo("1");
	}

	@Test
	void badCreditOrPendingLitigationCapsTheTierAtBronzeWhateverTheFigures() {
		var badCredit = flagged(corporate("300000000", "0", "0"), true, false, "5");
		var litigation = flagged(corporate("300000000", "0", "0"), false, true, "0");

		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, badCredit, TODAY).tier()).isEqualTo(Tier.BRONZE);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, badCredit, TODAY).rule())
			.isEqualTo(TierPolicy.CORPORATE_BAD_CREDIT_CAP);
		assertThat(policy.decide(CustomerType.CORPORATE, LONG_AGO, litigation, TODAY).rule())
			.isEqualTo(TierPolicy.CORPORATE_LITIGATION_CAP);
	}

	@Test
	void aCorporateCustomerOfFiveMonthsIsNotTieredByTheCorporateSchemeButOfSixMonthsIs() {
		var f = corporate("300000000", "0", "0");

		TierDecision young = policy.decide(CustomerType.CORPORATE, TODAY.minusMonths(5), f, TODAY);
		assertThat(young.tier()).isNull();
		assertThat(young.rule()).isEqualTo(TierPolicy.CORPORATE_RELATIONSHIP_TOO_SHORT);
		assertThat(policy.decide(CustomerType.CORPORATE, TODAY.minusMonths(6), f, TODAY).tier()).isEqualTo(Tier.DIAMOND);
	}

	@Test
	void aCustomerWithoutFiguresIsNotTiered() {
		assertThat(policy.decide(CustomerType.INDIVIDUAL, LONG_AGO, null, TODAY).tier()).isNull();
		assertThat(policy.decide(CustomerType.INDIVIDUAL, LONG_AGO, null, TODAY).rule()).isEqualTo(TierPolicy.NO_FIGURES);
	}

	@Test
	void settingsWhoseThresholdsDoNotDescendAreRefused() {
		var d = TierSettings.defaults();
		var wrong = new TierSettings(d.retailDiamondAum(), d.retailGoldAum(), d.retailPlatinumAum(), null, null, null,
				TierSettings.Combination.ALL, 6, d.loanCoefficient(), d.intermediaryIncomeCoefficient(),
				d.corporateDiamond(), d.corporatePlatinum(), d.corporateGold(), d.corporateSilver(), d.shareholderPct());

		assertThat(d.problems()).isEmpty();
		assertThat(wrong.problems()).extracting(p -> p.field()).containsExactly("retailGoldAum");
	}
}
