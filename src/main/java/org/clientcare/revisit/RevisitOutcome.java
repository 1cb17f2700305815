package org.clientcare.revisit;

/**
 * What a contact attempt brought (§5): how, whether the customer was reached, and, when reached, satisfaction (1–5)
 * and the answers. {@code reached} false counts a failed attempt. A reached revisit inside a hesitation period (犹豫期)
 * answers the regulator's {@code script} item by item (null otherwise).
 */
public record RevisitOutcome(ContactMethod method, Boolean reached, Integer satisfaction, String productUsage,
		String problems, String suggestions, String notes, HesitationScript script) {

	public RevisitOutcome(ContactMethod method, Boolean reached, Integer satisfaction, String productUsage,
			String problems, String suggestions, String notes) {
		this(method, reached, satisfaction, productUsage, problems, suggestions, notes, null);
	}
}
