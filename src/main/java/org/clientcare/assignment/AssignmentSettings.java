package org.clientcare.assignment;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §4 ({@code clientcare.assignment.*}): the shares that count to the new manager — walk-in customers
 * 50 %, handed-over customers 60 % of incremental deposits and 80 % of incremental non-deposit business, customers
 * the manager won himself 80 % — and the grade limits (A above 40 credit customers, B above 30, C above 20, D above
 * 10).
 */
@ConfigurationProperties("clientcare.assignment")
public record AssignmentSettings(BigDecimal naturalShare, BigDecimal handoverDepositShare,
		BigDecimal handoverNonDepositShare, BigDecimal selfMarketedShare, Integer gradeAAbove, Integer gradeBAbove,
		Integer gradeCAbove, Integer gradeDAbove) {

	public AssignmentSettings {
		naturalShare = share(naturalShare, "0.50");
		handoverDepositShare = share(handoverDepositShare, "0.60");
		handoverNonDepositShare = share(handoverNonDepositShare, "0.80");
		selfMarketedShare = share(selfMarketedShare, "0.80");
		gradeAAbove = gradeAAbove == null ? 40 : gradeAAbove;
		gradeBAbove = gradeBAbove == null ? 30 : gradeBAbove;
		gradeCAbove = gradeCAbove == null ? 20 : gradeCAbove;
		gradeDAbove = gradeDAbove == null ? 10 : gradeDAbove;
		new ManagerGrade.Thresholds(gradeAAbove, gradeBAbove, gradeCAbove, gradeDAbove);
	}

	public static AssignmentSettings defaults() {
		return new AssignmentSettings(null, null, null, null, null, null, null, null);
	}

	/** The split recorded with an assignment from this source. */
	public Attribution attribution(AssignmentSource source) {
		return switch (source) {
			case NATURAL -> new Attribution(naturalShare, naturalShare, false);
			case HANDOVER -> new Attribution(handoverDepositShare, handoverNonDepositShare, true);
			case SELF_MARKETED -> new Attribution(selfMarketedShare, selfMarketedShare, false);
		};
	}

	public ManagerGrade.Thresholds gradeThresholds() {
		return new ManagerGrade.Thresholds(gradeAAbove, gradeBAbove, gradeCAbove, gradeDAbove);
	}

	private static BigDecimal share(BigDecimal value, String fallback) {
		BigDecimal share = value == null ? new BigDecimal(fallback) : value;
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("An attribution share lies between 0 and 1: " + share);
		}
		return share;
	}
}
