package org.clientcare.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.clientcare.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

class DueWordsTest {

	final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(2026),
			List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
					LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8)),
			List.of(LocalDate.of(2026, 10, 10)));

	@Test
	void aDeadlineAcrossTheNationalDayHolidayIsCountedInWorkingDaysOnly() {
		// from 30 September: Friday 9 October and the 调休 Saturday 10 October are the only working days up to the 10th
		assertThat(DueWords.workingDaysUntil(calendar, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(2);
	}

	@Test
	void aDeadlineTomorrowIsOneWorkingDayAwayAndOneTodayNone() {
		assertThat(DueWords.workingDaysUntil(calendar, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))).isEqualTo(1);
		assertThat(DueWords.workingDaysUntil(calendar, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))).isZero();
	}

	@Test
	void inEnglishOneDayReadsInTheSingularAndSeveralInThePlural() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		assertThat(messages.getMessage("complaint.due.workingDays", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("1 working day left");
		assertThat(messages.getMessage("complaint.due.workingDays", new Object[] { 7 }, Locale.ENGLISH))
			.isEqualTo("7 working days left");
		assertThat(messages.getMessage("complaint.due.workingDays", new Object[] { 0 }, Locale.ENGLISH))
			.isEqualTo("no working day left");
		assertThat(messages.getMessage("complaint.due.overdueDays", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("overdue by 1 day");
		assertThat(messages.getMessage("complaint.due.overdueDays", new Object[] { 12L }, Locale.ENGLISH))
			.isEqualTo("overdue by 12 days");
		assertThat(messages.getMessage("complaint.due.workingDays", new Object[] { 1 }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("剩余 1 个工作日");
	}
}
