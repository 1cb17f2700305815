/**
 * Reception and appointments (接待与预约, SPEC §8): bookable services, advisors with their skills, working hours and
 * absences, slots on the working days of the official calendar (调休 weekend days included, holidays never), race-safe
 * booking with the advisor chosen by rule, the lifecycle {@code BOOKED → CHECKED_IN → COMPLETED} (or
 * {@code CANCELLED} / {@code NO_SHOW}), a public booking page confirmed by an SMS code with a private link to cancel or
 * reschedule, reminders the working day before (SMS, e-mail with an ICS file, the advisor's preparation notice), and
 * the walk-in queue of each branch. Publishes {@link org.clientcare.appointment.AppointmentEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointment")
package org.clientcare.appointment;
