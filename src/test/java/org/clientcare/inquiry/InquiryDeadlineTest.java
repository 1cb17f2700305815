package org.clientcare.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.time.LocalDate;
import java.util.List;

import org.clientcare.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class InquiryDeadlineTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static Instant at(String local) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
	}

	/** October 2026 as the State Council set it: 1–7 holidays, Saturday the 10th a working day. */
	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(2026),
			LocalDate.parse("2026-10-01").datesUntil(LocalDate.parse("2026-10-08")).toList(),
			List.of(LocalDate.parse("2026-10-10")));

	Instant due(String received) {
		return InquiryDeadline.dueAt(at(received), SHANGHAI, InquirySettings.defaults(),
				CALENDAR::addWorkingDays);
	}

	@Test
	void anInquiryReceivedOnAMondayIsDueAtTheEndOfWednesday() {
		assertThat(due("2026-11-16T09:30")).isEqualTo(at("2026-11-18T23:59:59"));
	}

	@Test
	void anInquiryReceivedOnAFridayEveningIsDueOnTuesdayNight() {
		assertThat(due("2026-11-20T22:00")).isEqualTo(at("2026-11-24T23:59:59"));
	}

	@Test
	void theNationalDayHolidaysDoNotCountAndTheWorkingSaturdayAfterThemDoes() {
		// 2026: 1–7 October are holidays, Saturday 10 October is a working day (调休).
		assertThat(due("2026-09-30T16:00")).isEqualTo(at("2026-10-09T23:59:59"));
		assertThat(due("2026-10-09T10:00")).isEqualTo(at("2026-10-12T23:59:59"));
	}

	@Test
	void anAnswerAtTheDueTimeIsOnTimeAndOneSecondLaterIsNot() {
		Instant due = at("2026-11-18T23:59:59");
		assertThat(InquiryDeadline.onTime(due, due)).isTrue();
		assertThat(InquiryDeadline.onTime(due.plusSeconds(1), due)).isFalse();
	}

	@Test
	void theNumberOfWorkingDaysIsASetting() {
		assertThat(InquiryDeadline.dueAt(at("2026-11-16T09:30"), SHANGHAI, new InquirySettings(5),
				CALENDAR::addWorkingDays)).isEqualTo(at("2026-11-23T23:59:59"));
	}
}
