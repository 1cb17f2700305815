package org.clientcare.assignment;

/**
 * An account manager's grade (客户经理等级, §4) by the number of its credit (授信) customers: {@code A} above 40,
 * {@code B} 31–40, {@code C} 21–30, {@code D} 11–20, {@code E} 10 or fewer. The limits are settings.
 */
public enum ManagerGrade {

	A, B, C, D, E;

	/** The grade by the default limits. */
	public static ManagerGrade of(int creditCustomers) {
		return of(creditCustomers, Thresholds.DEFAULTS);
	}

	public static ManagerGrade of(int creditCustomers, Thresholds limits) {
		if (creditCustomers > limits.aAbove()) {
			return A;
		}
		if (creditCustomers > limits.bAbove()) {
			return B;
		}
		if (creditCustomers > limits.cAbove()) {
			return C;
		}
		if (creditCustomers > limits.dAbove()) {
			return D;
		}
		return E;
	}

	/** A grade needs more credit customers than its limit: {@code A} more than {@code aAbove}, and so on. */
	public record Thresholds(int aAbove, int bAbove, int cAbove, int dAbove) {

		public static final Thresholds DEFAULTS = new Thresholds(40, 30, 20, 10);

		public Thresholds {
			if (!(aAbove > bAbove && bAbove > cAbove && cAbove > dAbove && dAbove >= 0)) {
				throw new IllegalArgumentException("Grade limits must fall from A to D and stay >= 0");
			}
		}
	}
}
