package org.clientcare.remediation;

import java.time.LocalDate;

import org.clientcare.calendar.WorkingDayCalendar;

/**
 * When a mis-sold sale must be put right (§5): within {@code workingDays} (default 15) working days of the day the
 * mis-selling was found, which does not count, on the business calendar (holidays skipped, worked weekend days
 * counted); due at the end of that day.
 */
public final class RemediationDeadline {

	private RemediationDeadline() {
	}

	public static LocalDate dueOn(LocalDate foundOn, int workingDays, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(foundOn, workingDays);
	}
}
