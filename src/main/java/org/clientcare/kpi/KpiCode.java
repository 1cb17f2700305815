package org.clientcare.kpi;

/**
 * The KPI codes of §12 and the completion of hesitation-period revisits inside the period (犹豫期回访, §5, §10), each a rate (numerator ÷ denominator), a count (no denominator) or a growth (change ÷ the
 * starting amount), and whether a higher figure is better.
 */
public enum KpiCode {
	SATISFACTION_RATE(Kind.RATE, true), REVISIT_COMPLETION_RATE(Kind.RATE, true), COMPLAINT_COUNT(Kind.COUNT, false),
	COMPLAINT_RATE(Kind.RATE, false), ACK_ON_TIME_RATE(Kind.RATE, true), RESOLUTION_ON_TIME_RATE(Kind.RATE, true),
	COMPLAINT_SATISFACTION(Kind.RATE, true), CHURN_RATE(Kind.RATE, false), AUM_GROWTH(Kind.RATE, true),
	NEW_SETTLEMENT_ACCOUNTS(Kind.COUNT, true), NEW_BASIC_ACCOUNTS(Kind.COUNT, true), DORMANT_REACTIVATED(Kind.COUNT, true),
	INQUIRY_ON_TIME_RATE(Kind.RATE, true), TRAINING_COVERAGE(Kind.RATE, true),
	HESITATION_REVISIT_RATE(Kind.RATE, true);

	private final Kind kind;

	private final boolean higherIsBetter;

	KpiCode(Kind kind, boolean higherIsBetter) {
		this.kind = kind;
		this.higherIsBetter = higherIsBetter;
	}

	public Kind kind() {
		return kind;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	/** A share, or a number of things. */
	public enum Kind {
		RATE, COUNT
	}
}
