package org.clientcare.tiering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CorporateStanding;
import org.clientcare.customer.CustomerType;

/**
 * The tiering rules of SPEC §3 (客户分类分级), without Spring.
 * <ul>
 * <li>Retail (理财客户, individuals) by AUM: DIAMOND ≥ 6,000,000 · PLATINUM ≥ 1,000,000 · GOLD ≥ 200,000 · ORDINARY
 * below; a contribution threshold per tier may be added, combined with AUM by ALL or ANY.</li>
 * <li>Corporate (公司客户, corporates and institutions) with a relationship of at least 6 months, by standard
 * deposits (标准存款) = average daily deposits + loans × 0.5 + intermediary income × 10: DIAMOND ≥ 200,000,000 ·
 * PLATINUM ≥ 50,000,000 · GOLD ≥ 5,000,000 · SILVER ≥ 500,000 · BRONZE below. A shareholder holding ≥ 3 % who meets
 * PLATINUM is DIAMOND. A bad-credit record or pending litigation caps the tier at BRONZE whatever the figures. A
 * shorter relationship is not tiered by the corporate scheme. The rules of the bank regulations (each a setting that
 * can be turned off, see {@link TierSettings}): a Fortune Global 500 enterprise doing business here, or a shareholder
 * holding ≥ 1 %, that meets GOLD is PLATINUM; a China Top 500 enterprise doing business here, a shareholder of any
 * share, or a provincial branch of a state-controlled or regional joint-stock bank ({@link CorporateStanding}) is at
 * least GOLD.</li>
 * </ul>
 * The nightly job applies the same rules in SQL ({@code internal.TieringStatements}); both build the same explanation.
 */
public final class TierPolicy {

	public static final String RETAIL_AUM = "retail.aum";

	public static final String RETAIL_AUM_AND_CONTRIBUTION = "retail.aum-and-contribution";

	public static final String RETAIL_AUM_OR_CONTRIBUTION = "retail.aum-or-contribution";

	public static final String RETAIL_BELOW_GOLD = "retail.below-gold";

	public static final String CORPORATE_STANDARD_DEPOSITS = "corporate.standard-deposits";

	public static final String CORPORATE_BELOW_SILVER = "corporate.below-silver";

	public static final String CORPORATE_SHAREHOLDER = "corporate.shareholder";

	public static final String CORPORATE_BAD_CREDIT_CAP = "corporate.bad-credit-cap";

	public static final String CORPORATE_LITIGATION_CAP = "corporate.litigation-cap";

	public static final String CORPORATE_RELATIONSHIP_TOO_SHORT = "corporate.relationship-too-short";

	public static final String CORPORATE_FORTUNE_GLOBAL_500 = "corporate.fortune-global-500";

	public static final String CORPORATE_SHAREHOLDER_PLATINUM = "corporate.shareholder-platinum";

	public static final String CORPORATE_CHINA_TOP_500 = "corporate.china-top-500";

	public static final String CORPORATE_SHAREHOLDER_GOLD = "corporate.shareholder-gold";

	public static final String CORPORATE_BANK_BRANCH = "corporate.bank-branch";

	public static final String NO_FIGURES = "none.no-figures";

	private final TierSettings settings;

	public TierPolicy(TierSettings settings) {
		this.settings = settings;
	}

	public TierSettings settings() {
		return settings;
	}

	/** The scheme a customer type falls under. */
	public static TierScheme schemeOf(CustomerType type) {
		return type == CustomerType.INDIVIDUAL ? TierScheme.RETAIL : TierScheme.CORPORATE;
	}

	/**
	 * Decides the tier of a customer of a type, with a relationship since a date, from its latest figures (null when
	 * none arrived yet), on a given day.
	 */
	public TierDecision decide(CustomerType type, LocalDate relationshipSince, CustomerFigures figures, LocalDate today) {
		return decide(type, relationshipSince, CorporateStanding.NONE, figures, today);
	}

	/** As {@link #decide(CustomerType, LocalDate, CustomerFigures, LocalDate)}, for a corporate of a standing. */
	public TierDecision decide(CustomerType type, LocalDate relationshipSince, CorporateStanding standing,
			CustomerFigures figures, LocalDate today) {
		TierScheme scheme = schemeOf(type);
		if (figures == null) {
			return decision(null, scheme, NO_FIGURES, Map.of(), Map.of());
		}
		CustomerFigures f = figures.completed();
		return scheme == TierScheme.RETAIL ? retail(f)
				: corporate(relationshipSince, standing == null ? CorporateStanding.NONE : standing, f, today);
	}

	private TierDecision retail(CustomerFigures f) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("asOf", f.asOf().toString());
		inputs.put("aum", f.aum());
		inputs.put("annualContribution", f.annualContribution());
		Tier tier = meets(f, settings.retailDiamondAum(), settings.retailDiamondContribution()) ? Tier.DIAMOND
				: meets(f, settings.retailPlatinumAum(), settings.retailPlatinumContribution()) ? Tier.PLATINUM
						: meets(f, settings.retailGoldAum(), settings.retailGoldContribution()) ? Tier.GOLD : Tier.ORDINARY;
		String rule = tier == Tier.ORDINARY ? RETAIL_BELOW_GOLD : retailRule(settings);
		return decision(tier, TierScheme.RETAIL, rule, inputs, retailThresholds(settings));
	}

	private boolean meets(CustomerFigures f, BigDecimal aum, BigDecimal contribution) {
		boolean byAum = f.aum().compareTo(aum) >= 0;
		if (contribution == null) {
			return byAum;
		}
		boolean byContribution = f.annualContribution().compareTo(contribution) >= 0;
		return settings.contributionCombination() == TierSettings.Combination.ANY ? byAum || byContribution
				: byAum && byContribution;
	}

	private TierDecision corporate(LocalDate relationshipSince, CorporateStanding standing, CustomerFigures f,
			LocalDate today) {
		BigDecimal standard = standardDeposits(f, settings);
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("asOf", f.asOf().toString());
		inputs.put("relationshipSince", relationshipSince.toString());
		inputs.put("avgDailyDeposits", f.avgDailyDeposits());
		inputs.put("loans", f.loans());
		inputs.put("intermediaryIncome", f.intermediaryIncome());
		inputs.put("standardDeposits", standard);
		inputs.put("shareholdingPct", f.shareholdingPct());
		inputs.put("badCredit", f.badCredit());
		inputs.put("litigation", f.litigation());
		inputs.put("fortuneGlobal500", standing.fortuneGlobal500());
		inputs.put("chinaTop500", standing.chinaTop500());
		inputs.put("bankBranch", standing.bankBranch() == null ? null : standing.bankBranch().name());
		Map<String, Object> thresholds = corporateThresholds(settings);
		if (relationshipSince.isAfter(relationshipCutoff(today))) {
			return decision(null, TierScheme.CORPORATE, CORPORATE_RELATIONSHIP_TOO_SHORT, inputs, thresholds);
		}
		if (f.badCredit()) {
			return decision(Tier.BRONZE, TierScheme.CORPORATE, CORPORATE_BAD_CREDIT_CAP, inputs, thresholds);
		}
		if (f.litigation()) {
			return decision(Tier.BRONZE, TierScheme.CORPORATE, CORPORATE_LITIGATION_CAP, inputs, thresholds);
		}
		if (standard.compareTo(settings.corporateDiamond()) >= 0) {
			return decision(Tier.DIAMOND, TierScheme.CORPORATE, CORPORATE_STANDARD_DEPOSITS, inputs, thresholds);
		}
		if (standard.compareTo(settings.corporatePlatinum()) >= 0
				&& f.shareholdingPct().compareTo(settings.shareholderPct()) >= 0) {
			return decision(Tier.DIAMOND, TierScheme.CORPORATE, CORPORATE_SHAREHOLDER, inputs, thresholds);
		}
		if (standard.compareTo(settings.corporatePlatinum()) >= 0) {
			return decision(Tier.PLATINUM, TierScheme.CORPORATE, CORPORATE_STANDARD_DEPOSITS, inputs, thresholds);
		}
		boolean gold = standard.compareTo(settings.corporateGold()) >= 0;
		if (gold && settings.fortuneGlobal500Platinum() && standing.fortuneGlobal500()) {
			return decision(Tier.PLATINUM, TierScheme.CORPORATE, CORPORATE_FORTUNE_GLOBAL_500, inputs, thresholds);
		}
		if (gold && settings.shareholderPlatinum() && f.shareholdingPct().compareTo(settings.shareholderPlatinumPct()) >= 0) {
			return decision(Tier.PLATINUM, TierScheme.CORPORATE, CORPORATE_SHAREHOLDER_PLATINUM, inputs, thresholds);
		}
		if (gold) {
			return decision(Tier.GOLD, TierScheme.CORPORATE, CORPORATE_STANDARD_DEPOSITS, inputs, thresholds);
		}
		if (settings.chinaTop500Gold() && standing.chinaTop500()) {
			return decision(Tier.GOLD, TierScheme.CORPORATE, CORPORATE_CHINA_TOP_500, inputs, thresholds);
		}
		if (settings.shareholderGold() && f.shareholdingPct().signum() > 0) {
			return decision(Tier.GOLD, TierScheme.CORPORATE, CORPORATE_SHAREHOLDER_GOLD, inputs, thresholds);
		}
		if (settings.bankBranchGold() && standing.bankBranch() != null) {
			return decision(Tier.GOLD, TierScheme.CORPORATE, CORPORATE_BANK_BRANCH, inputs, thresholds);
		}
		Tier tier = standard.compareTo(settings.corporateSilver()) >= 0 ? Tier.SILVER : Tier.BRONZE;
		return decision(tier, TierScheme.CORPORATE, tier == Tier.BRONZE ? CORPORATE_BELOW_SILVER : CORPORATE_STANDARD_DEPOSITS,
				inputs, thresholds);
	}

	/** The last day a relationship may have begun to count for the corporate scheme. */
	public LocalDate relationshipCutoff(LocalDate today) {
		return today.minusMonths(settings.corporateMinRelationshipMonths());
	}

	/** Average daily deposits + loans × coefficient + intermediary income × coefficient, to the fen. */
	public static BigDecimal standardDeposits(CustomerFigures f, TierSettings settings) {
		return f.avgDailyDeposits().add(f.loans().multiply(settings.loanCoefficient()))
			.add(f.intermediaryIncome().multiply(settings.intermediaryIncomeCoefficient())).setScale(2, RoundingMode.HALF_UP);
	}

	/** The rule name of a retail tier reached under these settings. */
	public static String retailRule(TierSettings settings) {
		if (!settings.contributionThresholds()) {
			return RETAIL_AUM;
		}
		return settings.contributionCombination() == TierSettings.Combination.ANY ? RETAIL_AUM_OR_CONTRIBUTION
				: RETAIL_AUM_AND_CONTRIBUTION;
	}

	/** The thresholds of the retail scheme as the explanation shows them. */
	public static Map<String, Object> retailThresholds(TierSettings s) {
		Map<String, Object> contribution = new LinkedHashMap<>();
		contribution.put("DIAMOND", s.retailDiamondContribution());
		contribution.put("PLATINUM", s.retailPlatinumContribution());
		contribution.put("GOLD", s.retailGoldContribution());
		Map<String, Object> thresholds = new LinkedHashMap<>();
		thresholds.put("DIAMOND", s.retailDiamondAum());
		thresholds.put("PLATINUM", s.retailPlatinumAum());
		thresholds.put("GOLD", s.retailGoldAum());
		thresholds.put("contribution", contribution);
		thresholds.put("combination", s.contributionCombination().name());
		return thresholds;
	}

	/** The thresholds and coefficients of the corporate scheme as the explanation shows them. */
	public static Map<String, Object> corporateThresholds(TierSettings s) {
		Map<String, Object> thresholds = new LinkedHashMap<>();
		thresholds.put("DIAMOND", s.corporateDiamond());
		thresholds.put("PLATINUM", s.corporatePlatinum());
		thresholds.put("GOLD", s.corporateGold());
		thresholds.put("SILVER", s.corporateSilver());
		thresholds.put("loanCoefficient", s.loanCoefficient());
		thresholds.put("intermediaryIncomeCoefficient", s.intermediaryIncomeCoefficient());
		thresholds.put("shareholderPct", s.shareholderPct());
		thresholds.put("minRelationshipMonths", s.corporateMinRelationshipMonths());
		thresholds.put("fortuneGlobal500Platinum", s.fortuneGlobal500Platinum());
		thresholds.put("shareholderPlatinumPct", s.shareholderPlatinumPct());
		thresholds.put("shareholderPlatinum", s.shareholderPlatinum());
		thresholds.put("chinaTop500Gold", s.chinaTop500Gold());
		thresholds.put("shareholderGold", s.shareholderGold());
		thresholds.put("bankBranchGold", s.bankBranchGold());
		return thresholds;
	}

	private static TierDecision decision(Tier tier, TierScheme scheme, String rule, Map<String, Object> inputs,
			Map<String, Object> thresholds) {
		Map<String, Object> explanation = new LinkedHashMap<>();
		explanation.put("scheme", scheme.name());
		explanation.put("rule", rule);
		explanation.put("tier", tier == null ? null : tier.name());
		explanation.put("inputs", inputs);
		explanation.put("thresholds", thresholds);
		return new TierDecision(tier, scheme, rule, explanation);
	}
}
