package org.clientcare.tiering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.shared.problem.FieldProblem;

/**
 * The figures of one customer on one date ({@code asOf}) as the core banking system reports them: assets under
 * management, average daily deposits, loans, intermediary income and annual contribution in CNY, whether a bad-credit
 * record or pending litigation exists, and the share the customer holds in the institution in percent. {@code asOf}
 * and {@code aum} are required; the other amounts default to 0, the flags to false.
 */
public record CustomerFigures(LocalDate asOf, BigDecimal aum, BigDecimal avgDailyDeposits, BigDecimal loans,
		BigDecimal intermediaryIncome, BigDecimal annualContribution, Boolean badCredit, Boolean litigation,
		BigDecimal shareholdingPct) {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/** The same figures with defaults filled in. */
	public CustomerFigures completed() {
		return new CustomerFigures(asOf, aum, zero(avgDailyDeposits), zero(loans), zero(intermediaryIncome),
				zero(annualContribution), badCredit != null && badCredit, litigation != null && litigation,
				shareholdingPct == null ? BigDecimal.ZERO : shareholdingPct);
	}

	/** What is wrong with the figures, by field; empty when they may be stored. */
	public List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (asOf == null) {
			problems.add(new FieldProblem("asOf", "required", "The date of the figures is required"));
		}
		else if (asOf.isAfter(today)) {
			problems.add(new FieldProblem("asOf", "future", "The figures cannot be dated in the future"));
		}
		else if (asOf.isBefore(LocalDate.of(2000, 1, 1))) {
			problems.add(new FieldProblem("asOf", "range", "The figures cannot be dated before 2000"));
		}
		if (aum == null) {
			problems.add(new FieldProblem("aum", "required", "Assets under management are required"));
		}
		amount("aum", aum, problems);
		amount("avgDailyDeposits", avgDailyDeposits, problems);
		amount("loans", loans, problems);
		amount("intermediaryIncome", intermediaryIncome, problems);
		amount("annualContribution", annualContribution, problems);
		if (shareholdingPct != null && (shareholdingPct.signum() < 0 || shareholdingPct.compareTo(HUNDRED) > 0)) {
			problems.add(new FieldProblem("shareholdingPct", "range", "A share lies between 0 and 100 percent"));
		}
		else if (shareholdingPct != null && shareholdingPct.stripTrailingZeros().scale() > 4) {
			problems.add(new FieldProblem("shareholdingPct", "scale", "At most 4 decimals"));
		}
		return problems;
	}

	private static void amount(String field, BigDecimal value, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			problems.add(new FieldProblem(field, "range", "An amount cannot be negative"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, "scale", "An amount has at most 2 decimals"));
		}
		else if (value.compareTo(MAX_AMOUNT) > 0) {
			problems.add(new FieldProblem(field, "range", "The amount is too large"));
		}
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
