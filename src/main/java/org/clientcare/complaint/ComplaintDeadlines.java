package org.clientcare.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * The three deadlines of a complaint (§6), computed at registration:
 * <ul>
 * <li>acknowledge within {@code acknowledgeWithin} (24 hours) of receipt;</li>
 * <li>resolve by the end (23:59:59 in the institution's zone) of the {@code resolveWithinWorkingDays}-th (7th)
 * working day after the day of receipt, which itself does not count;</li>
 * <li>decide within {@code regulatoryDays} (15) calendar days of receipt, to the minute: the regulator counts from
 * receipt, and keeping the exact time never gives the institution more than the rule allows. An approved extension
 * adds the days it asked for, up to a limit of {@code extensionDays} (30) days from receipt for the first and twice
 * that for the second ({@link #extendedLimit}).</li>
 * </ul>
 */
public record ComplaintDeadlines(Instant acknowledge, Instant resolve, Instant regulatory) {

	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/**
	 * @param workingDays {@code (date, n) → the n-th working day after date}, on the official calendar
	 */
	public static ComplaintDeadlines of(Instant receivedAt, ZoneId zone, ComplaintSettings settings,
			BiFunction<LocalDate, Integer, LocalDate> workingDays) {
		LocalDate received = receivedAt.atZone(zone).toLocalDate();
		LocalDate resolveBy = workingDays.apply(received, settings.resolveWithinWorkingDays());
		return new ComplaintDeadlines(receivedAt.plus(settings.acknowledgeWithin()),
				resolveBy.atTime(END_OF_DAY).atZone(zone).toInstant(),
				receivedAt.plus(Duration.ofDays(settings.regulatoryDays())));
	}

	/**
	 * Whether the deadline {@code due} is missed at {@code now}: it passed before its step was taken (at {@code done}),
	 * or with the step still not taken ({@code done} null). The regulatory deadline asks {@link RegulatoryClock#missed}
	 * besides, for the time its clock stands still. The SLA sweep and the overdue list ask the same in SQL.
	 */
	public static boolean missed(Instant due, Instant done, Instant now) {
		return due.isBefore(now) && (done == null || done.isAfter(due));
	}

	/** The regulatory deadline of a count that started at {@code from}, with a limit of {@code days} calendar days. */
	public static Instant regulatory(Instant from, int days) {
		return from.plus(Duration.ofDays(days));
	}

	/**
	 * The regulatory limit in days after the {@code extension}-th (1 or 2) approved extension of {@code days} days
	 * (§6; Art. 18: 情况复杂的可延长至30日, 特别复杂的可再延长30日): the limit before it plus the days asked for,
	 * never past {@code extensionDays} × {@code extension} days from the start of the count.
	 */
	public static int extendedLimit(int limitBefore, int extension, int days, ComplaintSettings settings) {
		return Math.min(limitBefore + days, settings.extensionDays() * extension);
	}
}
