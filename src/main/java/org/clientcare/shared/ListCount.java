package org.clientcare.shared;

/** How many rows match a list query: exactly, or (when {@code estimate}) as the database's planner estimates it. */
public record ListCount(long total, boolean estimate) {

	public static ListCount exactly(long total) {
		return new ListCount(total, false);
	}
}
