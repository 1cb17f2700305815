package org.clientcare.appointment.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentStatus;

/** An appointment as stored: the visitor's mobile and e-mail still encrypted. */
public record AppointmentRow(long id, String appointmentNo, long orgUnitId, AppointmentService service, LocalDate day,
		Instant startsAt, Instant endsAt, Instant blockedUntil, long advisorId, Long customerId, String name,
		byte[] mobileEnc, byte[] emailEnc, String locale, String notes, String channel, AppointmentStatus status,
		String bookedBy, Instant createdAt, Instant checkedInAt, Instant completedAt, String completionNotes,
		Instant cancelledAt, String cancelReason, String cancelledBy, Instant noShowAt, long version) {
}
