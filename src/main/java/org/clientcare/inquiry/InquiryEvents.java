package org.clientcare.inquiry;

import java.time.Instant;
import java.util.List;

import org.clientcare.shared.CustomerId;

/**
 * What inquiries publish. The KPI module's {@code INQUIRY_ON_TIME_RATE} counts registrations by due time and answers
 * (or conversions) by whether they came on time; the customer timeline shows those with a customer.
 */
public final class InquiryEvents {

	private InquiryEvents() {
	}

	/** An inquiry was registered; it must be answered by {@code dueAt}. */
	public record InquiryRegistered(long inquiryId, String inquiryNo, CustomerId customer, InquiryChannel channel,
			Long orgUnitId, Instant receivedAt, Instant dueAt) {
	}

	/** An inquiry was answered, on time when {@code answeredAt ≤ dueAt}. */
	public record InquiryAnswered(long inquiryId, String inquiryNo, CustomerId customer, Long orgUnitId,
			Instant answeredAt, Instant dueAt, boolean onTime) {
	}

	/** The customer was in fact complaining: the inquiry became complaint {@code complaintId}. */
	public record InquiryConvertedToComplaint(long inquiryId, String inquiryNo, CustomerId customer, Long orgUnitId,
			long complaintId, Instant convertedAt, Instant dueAt, boolean onTime) {
	}

	/** The SLA sweep found inquiries past their due time without an answer: one event per run that found any. */
	public record InquiriesOverdue(List<Overdue> inquiries, Instant detectedAt) {

		public InquiriesOverdue {
			inquiries = List.copyOf(inquiries);
		}

		/** One overdue inquiry. */
		public record Overdue(long inquiryId, String inquiryNo, CustomerId customer, Long orgUnitId, Instant dueAt) {
		}
	}
}
