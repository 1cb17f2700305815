package org.clientcare.casework;

/** The unit of a stage's time limit: calendar days, working days of the official calendar (§9), or hours. */
public enum LimitUnit {
	CALENDAR_DAYS, WORKING_DAYS, HOURS
}
