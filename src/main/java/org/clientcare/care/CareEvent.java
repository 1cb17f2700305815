package org.clientcare.care;

import java.time.Instant;

/**
 * A customer event (客户活动) with its figures: {@code invited} every invitation, then how many accepted (seats taken),
 * declined, wait for a seat, and attended (checked in).
 */
public record CareEvent(long id, String title, EventKind kind, Instant startsAt, String location, int capacity,
		String orgUnit, String createdBy, Instant createdAt, long invited, long accepted, long declined, long waitlisted,
		long attended) {
}
