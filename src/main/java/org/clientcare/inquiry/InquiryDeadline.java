package org.clientcare.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * When an inquiry must be answered (§8): by the end (23:59:59 in the institution's zone) of the
 * {@code answerWithinWorkingDays}-th (2nd) working day after the day it was received, which itself does not count —
 * on the official calendar, so holidays do not count and 调休 working weekend days do.
 */
public final class InquiryDeadline {

	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private InquiryDeadline() {
	}

	/**
	 * @param workingDays {@code (date, n) → the n-th working day after date}, on the official calendar
	 */
	public static Instant dueAt(Instant receivedAt, ZoneId zone, InquirySettings settings,
			BiFunction<LocalDate, Integer, LocalDate> workingDays) {
		LocalDate received = receivedAt.atZone(zone).toLocalDate();
		return workingDays.apply(received, settings.answerWithinWorkingDays()).atTime(END_OF_DAY).atZone(zone).toInstant();
	}

	/** Answered on time: at or before the due time. */
	public static boolean onTime(Instant doneAt, Instant dueAt) {
		return !doneAt.isAfter(dueAt);
	}
}
