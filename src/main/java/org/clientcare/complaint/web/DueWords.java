package org.clientcare.complaint.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.clientcare.calendar.CalendarManagement;
import org.clientcare.calendar.WorkingDayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A deadline in words for the complaint pages ({@code @dueWords} in templates): "3 个工作日后到期", "今天 18:00 到期",
 * "已超时 2 天", counted on the official working-day calendar in Asia/Shanghai.
 */
@Component("dueWords")
class DueWords {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final CalendarManagement calendar;

	private final MessageSource messages;

	private final Clock clock;

	DueWords(CalendarManagement calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** The words for a deadline that is still pending. */
	public String of(Instant due, Locale locale) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		LocalDate day = LocalDate.ofInstant(due, ZONE);
		if (due.isBefore(now)) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(day, today);
			return days < 1 ? messages.getMessage("complaint.due.overdueToday", null, locale)
					: messages.getMessage("complaint.due.overdueDays", new Object[] { days }, locale);
		}
		if (!day.isAfter(today)) {
			return messages.getMessage("complaint.due.today",
					new Object[] { due.atZone(ZONE).toLocalTime().withSecond(0).withNano(0).toString() }, locale);
		}
		return messages.getMessage("complaint.due.workingDays", new Object[] { workingDaysUntil(today, day) }, locale);
	}

	/** Whether the deadline is passed or falls today or on the next working day. */
	public boolean soon(Instant due) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return workingDaysUntil(today, LocalDate.ofInstant(due, ZONE)) <= 1;
	}

	/** Working days after {@code from} up to and including {@code to}. */
	static int workingDaysUntil(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to) && days < 400; d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				days++;
			}
		}
		return days;
	}

	private int workingDaysUntil(LocalDate from, LocalDate to) {
		return workingDaysUntil(calendar.calendar(), from, to);
	}
}
