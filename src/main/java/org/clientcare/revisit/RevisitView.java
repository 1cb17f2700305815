package org.clientcare.revisit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A revisit (回访): a task to contact a customer, with a reason, a due date, an assignee (the customer's account
 * manager, by username) and, once worked, an outcome. A revisit of a purchase inside its hesitation period (犹豫期)
 * carries the period's last day ({@code hesitationEndsOn}, null otherwise), the product bought, the regulator's script
 * as answered ({@code scriptConfirmed}, {@code scriptDenied}), the mis-selling it found, and the letter/SMS fallback
 * ({@code SMS} or {@code LETTER}) sent when the customer could not be reached.
 * {@code customerRestricted}: the customer is in the restricted state (PIPL; contacted only for the law's purposes),
 * badged wherever the revisit shows. {@code cancelReason}: why a cancelled revisit was ({@code CUSTOMER_CLOSED}: its
 * customer was closed while it was open), null otherwise.
 */
public record RevisitView(long id, long customerId, String customerName, RevisitReason reason, LocalDate dueDate,
		LocalDate hesitationEndsOn, RevisitStatus status, String assignee, int attempts, Instant lastAttemptAt, ContactMethod method, Boolean reached,
		Integer satisfaction, String productUsage, String problems, String suggestions, String notes,
		Instant completedAt, String completedBy, long version, String productCode,
		java.util.Set<HesitationScript.Item> scriptConfirmed, java.util.Set<HesitationScript.Item> scriptDenied,
		java.util.Set<HesitationScript.MisSelling> misSelling, String fallbackChannel, Instant fallbackAt, boolean customerRestricted,
		String cancelReason) {

	/** Whether the revisit is open and due on or before {@code day}. */
	public boolean dueBy(LocalDate day) {
		return status == RevisitStatus.OPEN && !dueDate.isAfter(day);
	}
}
