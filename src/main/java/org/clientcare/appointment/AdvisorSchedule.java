package org.clientcare.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * An advisor (接待顾问): a staff member who receives customers at an org unit, with the services it is skilled in,
 * its working hours per weekday and its absences (leave, training) from now on.
 */
public record AdvisorSchedule(long userId, String username, String displayName, long orgUnitId,
		Set<AppointmentService> skills, List<Hours> hours, List<Absence> absences) {

	/** Working hours on one weekday. */
	public record Hours(DayOfWeek weekday, LocalTime from, LocalTime to) {
	}

	/** A stretch of time the advisor is away. */
	public record Absence(long id, AbsenceKind kind, Instant from, Instant to, String note) {
	}

	public enum AbsenceKind {
		LEAVE, TRAINING, OTHER
	}

	public AdvisorSchedule named(String username, String displayName) {
		return new AdvisorSchedule(userId, username, displayName, orgUnitId, skills, hours, absences);
	}
}
