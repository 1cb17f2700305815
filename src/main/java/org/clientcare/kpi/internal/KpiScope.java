package org.clientcare.kpi.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whose records a figure counts: the org units of a subtree ({@code null}: the whole institution, records without a
 * unit included) and, optionally, one account manager.
 */
public record KpiScope(List<Long> units, Long managerId) {

	public static KpiScope of(Collection<Long> units, Long managerId) {
		return new KpiScope(units == null ? null : List.copyOf(units), managerId);
	}

	/** The predicate that a unit column lies in the scope, with its parameter (if any) added to {@code params}. */
	String unit(String column, List<Object> params) {
		if (units == null) {
			return "true";
		}
		params.add(units.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		return column + " = any(?::bigint[])";
	}

	/** The predicate that a manager column is the scope's manager, with its parameter (if any) added to {@code params}. */
	String manager(String column, List<Object> params) {
		if (managerId == null) {
			return "true";
		}
		params.add(managerId);
		return column + " = ?";
	}
}
