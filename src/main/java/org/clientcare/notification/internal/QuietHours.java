package org.clientcare.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours (免打扰时段) for marketing messages: none is sent from {@code start} until {@code end} in the
 * institution's zone (by default 21:00–08:00, across midnight); a message due inside them waits for their end.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

	public boolean isQuiet(Instant at) {
		LocalTime time = at.atZone(zone).toLocalTime();
		if (start.equals(end)) {
			return false;
		}
		return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
				: !time.isBefore(start) || time.isBefore(end);
	}

	/** The first moment at or after {@code at} outside the quiet hours. */
	public Instant earliestSend(Instant at) {
		if (!isQuiet(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(zone);
		LocalDate day = local.toLocalDate();
		if (start.isAfter(end) && !local.toLocalTime().isBefore(start)) {
			day = day.plusDays(1);
		}
		return ZonedDateTime.of(day, end, zone).toInstant();
	}
}
