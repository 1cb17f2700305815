package org.clientcare.customer;

/**
 * Search criteria (§12): {@code query} matches a name prefix, an exact phone or an exact ID number; the others filter.
 * {@code orgUnit} includes the units below it.
 */
public record CustomerSearch(String query, String tier, String manager, String orgUnit, CustomerStatus status,
		boolean unassignedOnly, int page, int size) {

	public static CustomerSearch byQuery(String query, int page, int size) {
		return new CustomerSearch(query, null, null, null, null, false, page, size);
	}
}
