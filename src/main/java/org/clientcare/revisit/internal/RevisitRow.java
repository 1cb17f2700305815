package org.clientcare.revisit.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.revisit.RevisitView;

/** A revisit as stored: the customer and the assignee by id. */
public record RevisitRow(long id, long customerId, RevisitReason reason, LocalDate dueDate, LocalDate hesitationEndsOn,
		RevisitStatus status,
		Long assigneeId, int attempts, Instant lastAttemptAt, ContactMethod method, Boolean reached, Integer satisfaction,
		String productUsage, String problems, String suggestions, String notes, Instant completedAt, String completedBy,
		long version, String productCode, java.util.Set<org.clientcare.revisit.HesitationScript.Item> scriptConfirmed,
		java.util.Set<org.clientcare.revisit.HesitationScript.Item> scriptDenied,
		java.util.Set<org.clientcare.revisit.HesitationScript.MisSelling> misSelling, String fallbackChannel,
		Instant fallbackAt, String cancelReason) {

	/** The revisit as callers see it, with the customer's name and the assignee's username. */
	public RevisitView view(String customerName, String assignee, boolean customerRestricted) {
		return new RevisitView(id, customerId, customerName, reason, dueDate, hesitationEndsOn, status, assignee, attempts, lastAttemptAt,
				method, reached, satisfaction, productUsage, problems, suggestions, notes, completedAt, completedBy, version,
				productCode, scriptConfirmed, scriptDenied, misSelling, fallbackChannel, fallbackAt, customerRestricted,
				cancelReason);
	}
}
