package org.clientcare.appointment;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * What appointments publish, inside the transaction of the change: the KPI projections and the customer timeline
 * follow them, and the visit ledger records a visit from {@link AppointmentCompleted}. {@code customer} is null for a
 * visitor who is not a customer.
 */
public final class AppointmentEvents {

	private AppointmentEvents() {
	}

	/** An appointment was booked, by staff ({@code STAFF}) or by the customer on the public page ({@code PUBLIC}). */
	public record AppointmentBooked(long appointmentId, String appointmentNo, CustomerId customer, long orgUnitId,
			AppointmentService service, long advisorId, Instant start, Instant end, String channel, Instant bookedAt) {
	}

	/** The visitor arrived and was checked in. */
	public record AppointmentCheckedIn(long appointmentId, CustomerId customer, long orgUnitId, long advisorId,
			Instant checkedInAt) {
	}

	/**
	 * The advisor served the visitor: what a visit record (客户拜访, a {@code BUSINESS} visit {@code ON_SITE}) needs —
	 * who, which advisor (id and username), when, for what service, and the advisor's notes.
	 */
	public record AppointmentCompleted(long appointmentId, String appointmentNo, CustomerId customer, long orgUnitId,
			long advisorId, String advisorUsername, AppointmentService service, Instant start, Instant checkedInAt,
			Instant completedAt, String notes) {
	}

	/** The appointment was cancelled, by staff or by the customer through the private link ({@code byCustomer}). */
	public record AppointmentCancelled(long appointmentId, CustomerId customer, long orgUnitId, long advisorId,
			Instant start, String reason, boolean byCustomer, Instant cancelledAt) {
	}

	/** The visitor did not come (爽约): counted per customer. */
	public record AppointmentMissed(long appointmentId, CustomerId customer, long orgUnitId, long advisorId,
			Instant start, Instant recordedAt) {
	}

	/** The appointment moved to another time (and possibly another advisor). */
	public record AppointmentRescheduled(long appointmentId, CustomerId customer, Instant from, Instant to,
			long advisorId) {
	}

	/** Staff gave the appointment to another advisor. */
	public record AppointmentReassigned(long appointmentId, CustomerId customer, long fromAdvisorId, long toAdvisorId) {
	}
}
