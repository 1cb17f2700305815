package org.clientcare.shared;

/** The identity of a customer, by which every other module refers to one. */
public record CustomerId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
