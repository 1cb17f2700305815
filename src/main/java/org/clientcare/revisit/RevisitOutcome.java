package org.clientcare.revisit;

/**
 * What a contact attempt brought (§5): how, whether the customer was reached, and, when reached, satisfaction (1–5)
 * and the answers. {@code reached} false counts a failed attempt.
 */
public record RevisitOutcome(ContactMethod method, Boolean reached, Integer satisfaction, String productUsage,
		String problems, String suggestions, String notes) {
}
