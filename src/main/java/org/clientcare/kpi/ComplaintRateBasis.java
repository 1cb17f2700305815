package org.clientcare.kpi;

/**
 * What the complaint rate counts complaints per: per 10,000 customers (the default), or the regulator's denominators —
 * per 10,000,000 individual customers, per 1,000 outlets (sub-branches).
 */
public enum ComplaintRateBasis {
	PER_10K_CUSTOMERS(10_000), PER_10M_INDIVIDUAL_CUSTOMERS(10_000_000), PER_1K_OUTLETS(1_000);

	private final long per;

	ComplaintRateBasis(long per) {
		this.per = per;
	}

	/** How many customers (or outlets) one unit of the denominator stands for. */
	public long per() {
		return per;
	}
}
