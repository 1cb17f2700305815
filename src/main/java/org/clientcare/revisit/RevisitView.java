package org.clientcare.revisit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A revisit (回访): a task to contact a customer, with a reason, a due date, an assignee (the customer's account
 * manager, by username) and, once worked, an outcome. A revisit of a purchase inside its hesitation period (犹豫期)
 * carries the period's last day ({@code hesitationEndsOn}, null otherwise).
 */
public record RevisitView(long id, long customerId, String customerName, RevisitReason reason, LocalDate dueDate,
		LocalDate hesitationEndsOn, RevisitStatus status, String assignee, int attempts, Instant lastAttemptAt, ContactMethod method, Boolean reached,
		Integer satisfaction, String productUsage, String problems, String suggestions, String notes,
		Instant completedAt, String completedBy, long version) {

	/** Whether the revisit is open and due on or before {@code day}. */
	public boolean dueBy(LocalDate day) {
		return status == RevisitStatus.OPEN && !dueDate.isAfter(day);
	}
}
