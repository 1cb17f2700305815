package org.clientcare.assignment;

import java.time.Instant;

/** The annual plan for one customer (一户一策): one per customer and year, with its goals and actions. */
public record AnnualPlan(long id, long customerId, int year, String goals, String actions, String createdBy,
		Instant createdAt) {
}
