package org.clientcare.assignment;

/** An account manager on the managers page: its customers, its credit customers and its grade. */
public record ManagerSummary(String username, String displayName, String orgUnit, long customers,
		long creditCustomers, ManagerGrade grade) {
}
