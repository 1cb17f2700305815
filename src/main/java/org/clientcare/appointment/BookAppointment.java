package org.clientcare.appointment;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A booking (§12 {@code POST /api/v1/appointments}): at an org unit (code), for a service, starting at a slot's
 * start; for a customer ({@code customerId}) or for a visitor who is not one ({@code name} and {@code mobile}, an
 * e-mail address optional), with optional notes. {@code locale} is the visitor's language for messages.
 */
public record BookAppointment(String orgUnit, AppointmentService service, OffsetDateTime start, Long customerId,
		String name, String mobile, String email, String notes, Locale locale) {
}
