package org.clientcare.home;

/** The signed-in user as every page shows it, with what the navigation offers. */
public record Me(String username, String displayName, String role, boolean mayWriteCustomers, boolean mayReadAudit,
		boolean mayRevealPii) {
}
