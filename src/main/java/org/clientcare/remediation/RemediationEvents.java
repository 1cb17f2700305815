package org.clientcare.remediation;

import java.time.Instant;
import java.time.LocalDate;

import org.clientcare.shared.CustomerId;

/** What remediations publish, for the customer timeline. */
public final class RemediationEvents {

	private RemediationEvents() {
	}

	/** A mis-selling finding opened a remediation, due on {@code dueDate}. */
	public record RemediationOpened(long remediationId, CustomerId customer, String productCode, LocalDate dueDate,
			Instant at) {
	}

	/** The remediation was put right with the customer's choice. */
	public record RemediationResolved(long remediationId, CustomerId customer, CustomerChoice choice, Instant at) {
	}

	/** The remediation was still open after its due day and went to compliance. */
	public record RemediationEscalated(long remediationId, CustomerId customer, LocalDate dueDate, Instant at) {
	}
}
