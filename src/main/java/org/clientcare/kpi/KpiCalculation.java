package org.clientcare.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.kpi.KpiFigure.Status;

/**
 * How the figures follow from the counts (SPEC §10): each rate is its numerator ÷ its denominator to 4 decimals (none
 * when nothing was due); the complaint rate counts complaints per 10,000 customers, per 10,000,000 individual
 * customers or per 1,000 outlets; complaint count, complaint rate and churn must fall by the definitions' cut against
 * the same period a year earlier; new accounts are targeted per sub-branch and week or month. Status is green on
 * target, amber within 5 % of it, red beyond.
 */
public final class KpiCalculation {

	private static final BigDecimal AMBER_BAND = new BigDecimal("0.05");

	private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.44");

	private KpiCalculation() {
	}

	/**
	 * The figures of {@code period}, with {@code previous} for the change and {@code yearEarlier} for the
	 * year-on-year targets; {@code outlets} sub-branches in the scope ({@code null}: a manager's own figures, which
	 * carry no per-outlet target).
	 */
	public static List<KpiFigure> figures(KpiPeriod period, KpiMeasures now, KpiMeasures previous, KpiMeasures yearEarlier,
			KpiDefinitions definitions, ComplaintRateBasis basis, Long outlets) {
		List<KpiFigure> figures = new ArrayList<>();
		for (KpiCode code : KpiCode.values()) {
			Fraction current = fraction(code, now, basis, outlets);
			Fraction before = fraction(code, previous, basis, outlets);
			BigDecimal target = target(code, period, definitions, basis, outlets, yearEarlier);
			BigDecimal value = current.value();
			BigDecimal difference = value == null || before.value() == null ? null : value.subtract(before.value());
			figures.add(new KpiFigure(code, value, current.numerator(), current.denominator(), target, before.value(),
					change(value, before.value()), difference, status(code, value, target)));
		}
		return figures;
	}

	/** The change from {@code before} to {@code now} as a fraction of {@code before}; none without both or from zero. */
	public static BigDecimal change(BigDecimal now, BigDecimal before) {
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).divide(before.abs(), 4, RoundingMode.HALF_UP);
	}

	/** A figure's numerator and denominator (none for a count). */
	public static Fraction fraction(KpiCode code, KpiMeasures m, ComplaintRateBasis basis, Long outlets) {
		return switch (code) {
			case SATISFACTION_RATE -> rate(m.revisitsSatisfied(), m.revisitsRated());
			case REVISIT_COMPLETION_RATE -> rate(m.revisitsOnTime(), m.revisitsDue());
			case COMPLAINT_COUNT -> count(m.complaints());
			case COMPLAINT_RATE -> {
				Long base = switch (basis) {
					case PER_10K_CUSTOMERS -> m.customers();
					case PER_10M_INDIVIDUAL_CUSTOMERS -> m.individualCustomers();
					case PER_1K_OUTLETS -> outlets;
				};
				yield base == null ? new Fraction(null, null)
						: new Fraction(BigDecimal.valueOf(m.complaints()),
								BigDecimal.valueOf(base).divide(BigDecimal.valueOf(basis.per())).stripTrailingZeros());
			}
			case ACK_ON_TIME_RATE -> rate(m.acksOnTime(), m.acksDue());
			case RESOLUTION_ON_TIME_RATE -> rate(m.resolutionsOnTime(), m.resolutionsDue());
			case COMPLAINT_SATISFACTION -> rate(m.complaintsSatisfied(), m.complaintsRated());
			case CHURN_RATE -> rate(m.churned(), m.activeAtStart());
			case AUM_GROWTH -> new Fraction(m.aumAtEnd().subtract(m.aumAtStart()), m.aumAtStart());
			case NEW_SETTLEMENT_ACCOUNTS -> count(m.newSettlementAccounts());
			case NEW_BASIC_ACCOUNTS -> count(m.newBasicAccounts());
			case DORMANT_REACTIVATED -> count(m.reactivatedAccounts());
			case INQUIRY_ON_TIME_RATE -> rate(m.inquiriesOnTime(), m.inquiriesDue());
			case TRAINING_COVERAGE -> m.trainingStaff() == null ? new Fraction(null, null)
					: rate(m.trainingTrained(), m.trainingStaff());
			case HESITATION_REVISIT_RATE -> rate(m.hesitationInTime(), m.hesitationDue());
		};
	}

	/** A figure's target for the period (a year-on-year one from {@code yearEarlier}). */
	public static BigDecimal target(KpiCode code, KpiPeriod period, KpiDefinitions definitions, ComplaintRateBasis basis,
			Long outlets, KpiMeasures yearEarlier) {
		BigDecimal keep = BigDecimal.ONE.subtract(definitions.yearOnYearCut());
		return switch (code) {
			case COMPLAINT_COUNT, COMPLAINT_RATE, CHURN_RATE -> {
				BigDecimal before = fraction(code, yearEarlier, basis, outlets).value();
				yield before == null || before.signum() == 0 ? null : before.multiply(keep).setScale(4, RoundingMode.HALF_UP);
			}
			case NEW_SETTLEMENT_ACCOUNTS -> outlets == null ? null
					: period.kind() == KpiPeriod.Kind.WEEK || period.days() < 28
							? perOutlet(definitions.target("NEW_SETTLEMENT_ACCOUNTS_WEEK"), period.weeks(), outlets)
							: perOutlet(definitions.target("NEW_SETTLEMENT_ACCOUNTS_MONTH"), period.months(), outlets);
			case NEW_BASIC_ACCOUNTS -> {
				BigDecimal monthly = definitions.target("NEW_BASIC_ACCOUNTS_MONTH");
				if (outlets == null || monthly == null) {
					yield null;
				}
				yield period.days() < 28
						? monthly.multiply(BigDecimal.valueOf(period.days())).multiply(BigDecimal.valueOf(Math.max(1, outlets)))
							.divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP)
						: perOutlet(monthly, period.months(), outlets);
			}
			case DORMANT_REACTIVATED -> definitions.target(code.name());
			default -> definitions.target(code.name());
		};
	}

	private static BigDecimal perOutlet(BigDecimal each, long periods, long outlets) {
		return each == null ? null : each.multiply(BigDecimal.valueOf(periods * Math.max(1, outlets)));
	}

	/** Green on target, amber within 5 % of it, red beyond; none without a value or a target. */
	public static Status status(KpiCode code, BigDecimal value, BigDecimal target) {
		if (value == null || target == null) {
			return null;
		}
		BigDecimal band = target.abs().multiply(AMBER_BAND);
		if (code.higherIsBetter()) {
			return value.compareTo(target) >= 0 ? Status.GREEN
					: value.compareTo(target.subtract(band)) >= 0 ? Status.AMBER : Status.RED;
		}
		return value.compareTo(target) <= 0 ? Status.GREEN
				: value.compareTo(target.add(band)) <= 0 ? Status.AMBER : Status.RED;
	}

	private static Fraction rate(long numerator, long denominator) {
		return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	private static Fraction count(long count) {
		return new Fraction(BigDecimal.valueOf(count), null);
	}

	/** A numerator over a denominator; a count has no denominator and is its own value. */
	public record Fraction(BigDecimal numerator, BigDecimal denominator) {

		public BigDecimal value() {
			if (numerator == null) {
				return null;
			}
			if (denominator == null) {
				return numerator;
			}
			return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
		}
	}
}
