package org.clientcare.remediation;

import java.time.Instant;
import java.time.LocalDate;

import org.clientcare.shared.CustomerId;

/**
 * What remediations publish, for the customer timeline and for the dual recordings of the sale, which a remediation
 * holds as a dispute about it.
 */
public final class RemediationEvents {

	private RemediationEvents() {
	}

	/** A mis-selling finding opened a remediation of a sale (its transaction, when known), due on {@code dueDate}. */
	public record RemediationOpened(long remediationId, CustomerId customer, String productCode, LocalDate dueDate,
			Instant at, Long transactionId) {

		public RemediationOpened(long remediationId, CustomerId customer, String productCode, LocalDate dueDate,
				Instant at) {
			this(remediationId, customer, productCode, dueDate, at, null);
		}
	}

	/** The remediation of a sale (its transaction, when known) was put right with the customer's choice. */
	public record RemediationResolved(long remediationId, CustomerId customer, CustomerChoice choice, Instant at,
			Long transactionId) {

		public RemediationResolved(long remediationId, CustomerId customer, CustomerChoice choice, Instant at) {
			this(remediationId, customer, choice, at, null);
		}
	}

	/** The remediation was still open after its due day and went to compliance. */
	public record RemediationEscalated(long remediationId, CustomerId customer, LocalDate dueDate, Instant at) {
	}
}
