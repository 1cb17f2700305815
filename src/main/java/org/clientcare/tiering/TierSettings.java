package org.clientcare.tiering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.shared.problem.FieldProblem;

/**
 * The thresholds and coefficients of §3, which an administrator changes at run time (each change is a new version).
 * Amounts in CNY. A retail contribution threshold left empty (null) is not required for that tier; where one is set,
 * {@code contributionCombination} says whether AUM and contribution must {@code ALL} be met or {@code ANY} suffices.
 * <p>
 * The corporate rules of the bank regulations, each of which can be turned off: {@code fortuneGlobal500Platinum}
 * (Fortune Global 500 enterprises doing business here that meet GOLD are PLATINUM), {@code shareholderPlatinum}
 * (shareholders holding at least {@code shareholderPlatinumPct}, 1 % by default, that meet GOLD are PLATINUM — the
 * 1–3 % band, a larger holder being treated no worse), {@code chinaTop500Gold} (China Top 500 enterprises doing
 * business here are at least GOLD), {@code shareholderGold} (shareholders of any share, under 1 % too, are at least
 * GOLD) and {@code bankBranchGold} (provincial branches of state-controlled and regional joint-stock banks doing
 * business here are at least GOLD). Left out (settings saved before these rules existed), a rule is on and the share
 * is 1 %.
 */
public record TierSettings(BigDecimal retailDiamondAum, BigDecimal retailPlatinumAum, BigDecimal retailGoldAum,
		BigDecimal retailDiamondContribution, BigDecimal retailPlatinumContribution, BigDecimal retailGoldContribution,
		Combination contributionCombination, Integer corporateMinRelationshipMonths, BigDecimal loanCoefficient,
		BigDecimal intermediaryIncomeCoefficient, BigDecimal corporateDiamond, BigDecimal corporatePlatinum,
		BigDecimal corporateGold, BigDecimal corporateSilver, BigDecimal shareholderPct, Boolean fortuneGlobal500Platinum,
		BigDecimal shareholderPlatinumPct, Boolean shareholderPlatinum, Boolean chinaTop500Gold, Boolean shareholderGold,
		Boolean bankBranchGold) {

	public TierSettings {
		fortuneGlobal500Platinum = fortuneGlobal500Platinum == null || fortuneGlobal500Platinum;
		shareholderPlatinumPct = shareholderPlatinumPct == null ? BigDecimal.ONE : shareholderPlatinumPct;
		shareholderPlatinum = shareholderPlatinum == null || shareholderPlatinum;
		chinaTop500Gold = chinaTop500Gold == null || chinaTop500Gold;
		shareholderGold = shareholderGold == null || shareholderGold;
		bankBranchGold = bankBranchGold == null || bankBranchGold;
	}

	/** The settings of SPEC §3 before the rules of the bank regulations: all of them on, the share at 1 %. */
	public TierSettings(BigDecimal retailDiamondAum, BigDecimal retailPlatinumAum, BigDecimal retailGoldAum,
			BigDecimal retailDiamondContribution, BigDecimal retailPlatinumContribution, BigDecimal retailGoldContribution,
			Combination contributionCombination, Integer corporateMinRelationshipMonths, BigDecimal loanCoefficient,
			BigDecimal intermediaryIncomeCoefficient, BigDecimal corporateDiamond, BigDecimal corporatePlatinum,
			BigDecimal corporateGold, BigDecimal corporateSilver, BigDecimal shareholderPct) {
		this(retailDiamondAum, retailPlatinumAum, retailGoldAum, retailDiamondContribution, retailPlatinumContribution,
				retailGoldContribution, contributionCombination, corporateMinRelationshipMonths, loanCoefficient,
				intermediaryIncomeCoefficient, corporateDiamond, corporatePlatinum, corporateGold, corporateSilver,
				shareholderPct, null, null, null, null, null, null);
	}

	/** The same settings with the rules of the bank regulations switched as given (the share left as it is). */
	public TierSettings withRules(boolean fortuneGlobal500Platinum, boolean shareholderPlatinum, boolean chinaTop500Gold,
			boolean shareholderGold, boolean bankBranchGold) {
		return new TierSettings(retailDiamondAum, retailPlatinumAum, retailGoldAum, retailDiamondContribution,
				retailPlatinumContribution, retailGoldContribution, contributionCombination, corporateMinRelationshipMonths,
				loanCoefficient, intermediaryIncomeCoefficient, corporateDiamond, corporatePlatinum, corporateGold,
				corporateSilver, shareholderPct, fortuneGlobal500Platinum, shareholderPlatinumPct, shareholderPlatinum,
				chinaTop500Gold, shareholderGold, bankBranchGold);
	}

	public enum Combination {
		ALL, ANY
	}

	/** The defaults of SPEC §3. */
	public static TierSettings defaults() {
		return new TierSettings(new BigDecimal("6000000.00"), new BigDecimal("1000000.00"), new BigDecimal("200000.00"),
				null, null, null, Combination.ALL, 6, new BigDecimal("0.5"), new BigDecimal("10"),
				new BigDecimal("200000000.00"), new BigDecimal("50000000.00"), new BigDecimal("5000000.00"),
				new BigDecimal("500000.00"), new BigDecimal("3"));
	}

	/** Whether any retail tier asks for an annual contribution. */
	public boolean contributionThresholds() {
		return retailDiamondContribution != null || retailPlatinumContribution != null || retailGoldContribution != null;
	}

	/** What is wrong with these settings, by field; empty when they may be saved. */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		descending(problems, "retailDiamondAum", retailDiamondAum, "retailPlatinumAum", retailPlatinumAum, "retailGoldAum",
				retailGoldAum);
		descending(problems, "corporateDiamond", corporateDiamond, "corporatePlatinum", corporatePlatinum,
				"corporateGold", corporateGold, "corporateSilver", corporateSilver);
		optional(problems, "retailDiamondContribution", retailDiamondContribution);
		optional(problems, "retailPlatinumContribution", retailPlatinumContribution);
		optional(problems, "retailGoldContribution", retailGoldContribution);
		if (contributionCombination == null) {
			problems.add(new FieldProblem("contributionCombination", "required", "ALL or ANY"));
		}
		if (corporateMinRelationshipMonths == null || corporateMinRelationshipMonths < 0 || corporateMinRelationshipMonths > 120) {
			problems.add(new FieldProblem("corporateMinRelationshipMonths", "range", "Between 0 and 120 months"));
		}
		coefficient(problems, "loanCoefficient", loanCoefficient);
		coefficient(problems, "intermediaryIncomeCoefficient", intermediaryIncomeCoefficient);
		if (shareholderPct == null || shareholderPct.signum() < 0 || shareholderPct.compareTo(new BigDecimal("100")) > 0) {
			problems.add(new FieldProblem("shareholderPct", "range", "A share between 0 and 100 percent"));
		}
		if (shareholderPlatinumPct.signum() <= 0 || shareholderPlatinumPct.stripTrailingZeros().scale() > 4
				|| shareholderPct != null && shareholderPlatinumPct.compareTo(shareholderPct) > 0) {
			problems.add(new FieldProblem("shareholderPlatinumPct", "range",
					"A share above 0 percent, with at most 4 decimals, not above shareholderPct"));
		}
		return problems;
	}

	private static void descending(List<FieldProblem> problems, Object... namesAndValues) {
		BigDecimal previous = null;
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String name = (String) namesAndValues[i];
			BigDecimal value = (BigDecimal) namesAndValues[i + 1];
			if (value == null) {
				problems.add(new FieldProblem(name, "required", "A threshold is required"));
				continue;
			}
			if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
				problems.add(new FieldProblem(name, "range", "A non-negative amount with at most 2 decimals"));
			}
			else if (previous != null && value.compareTo(previous) >= 0) {
				problems.add(new FieldProblem(name, "order", "Must be lower than the threshold of the tier above"));
			}
			previous = value;
		}
	}

	private static void optional(List<FieldProblem> problems, String name, BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2)) {
			problems.add(new FieldProblem(name, "range", "A non-negative amount with at most 2 decimals"));
		}
	}

	private static void coefficient(List<FieldProblem> problems, String name, BigDecimal value) {
		if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("1000")) > 0
				|| value.stripTrailingZeros().scale() > 4) {
			problems.add(new FieldProblem(name, "range", "A coefficient between 0 and 1000 with at most 4 decimals"));
		}
	}
}
