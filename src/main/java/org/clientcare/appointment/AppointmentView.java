package org.clientcare.appointment;

import java.time.Instant;

/**
 * An appointment as staff see it: the unit by code, the advisor by username and name, the visitor by name and, for a
 * non-customer, masked mobile number. The customer's private link is never part of it.
 */
public record AppointmentView(long id, String appointmentNo, String orgUnit, AppointmentService service, Instant start,
		Instant end, AppointmentStatus status, String advisor, String advisorName, Long customerId, String name,
		String mobile, String notes, String channel, String bookedBy, Instant createdAt, Instant checkedInAt,
		Instant completedAt, String completionNotes, Instant cancelledAt, String cancelReason, Instant noShowAt,
		long version) {
}
