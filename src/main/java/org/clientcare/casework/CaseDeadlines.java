package org.clientcare.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * When a stage of a case must be done (§8), counted in the stage's own unit, in the institution's zone:
 * <ul>
 * <li>{@code HOURS}: that many hours after the case entered the stage;</li>
 * <li>{@code CALENDAR_DAYS}: by the end (23:59:59) of the n-th day after the day of entry;</li>
 * <li>{@code WORKING_DAYS}: by the end of the n-th working day of the official calendar after the day of entry, which
 * itself does not count — holidays do not count, 调休 working weekend days do.</li>
 * </ul>
 * A pause stops the clock: on resumption the due time moves by the time spent paused.
 */
public final class CaseDeadlines {

	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private CaseDeadlines() {
	}

	/**
	 * @param workingDays {@code (date, n) → the n-th working day after date}, on the official calendar
	 */
	public static Instant dueAt(Instant enteredAt, StageLimit limit, ZoneId zone,
			BiFunction<LocalDate, Integer, LocalDate> workingDays) {
		LocalDate day = enteredAt.atZone(zone).toLocalDate();
		return switch (limit.unit()) {
			case HOURS -> enteredAt.plus(Duration.ofHours(limit.amount()));
			case CALENDAR_DAYS -> day.plusDays(limit.amount()).atTime(END_OF_DAY).atZone(zone).toInstant();
			case WORKING_DAYS -> workingDays.apply(day, limit.amount()).atTime(END_OF_DAY).atZone(zone).toInstant();
		};
	}

	/** The due time of a stage resumed at {@code resumedAt} after a pause from {@code pausedAt}. */
	public static Instant resumed(Instant dueAt, Instant pausedAt, Instant resumedAt) {
		Duration paused = Duration.between(pausedAt, resumedAt);
		return paused.isNegative() ? dueAt : dueAt.plus(paused);
	}

	/** Whether a stage done at {@code doneAt} kept its due time. */
	public static boolean onTime(Instant doneAt, Instant dueAt) {
		return !doneAt.isAfter(dueAt);
	}

	/** Whether an open stage is past its due time at {@code now}; a paused one never is (its clock stands still). */
	public static boolean overdue(CaseStatus status, Instant dueAt, Instant now) {
		return status == CaseStatus.OPEN && now.isAfter(dueAt);
	}
}
