package org.clientcare.inquiry;

import java.time.Instant;

/** What a customer who handed a question over to a person is told: the inquiry's number and when it is answered. */
public record InquiryReceipt(String inquiryNo, Instant dueAt) {

	/** An inquiry's state as its asker may follow it, with the answer once given. */
	public record Status(String inquiryNo, InquiryStatus status, Instant dueAt, String answer, Instant answeredAt) {
	}
}
