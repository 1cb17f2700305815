package org.clientcare.casework;

/** A time limit: {@code amount} of {@code unit}, e.g. 5 {@link LimitUnit#WORKING_DAYS}. */
public record StageLimit(int amount, LimitUnit unit) {

	public StageLimit {
		if (amount <= 0 || unit == null) {
			throw new IllegalArgumentException("A limit is a positive amount of a unit");
		}
	}

	@Override
	public String toString() {
		return amount + " " + unit;
	}
}
