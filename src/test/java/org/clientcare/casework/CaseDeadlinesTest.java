package org.clientcare.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class CaseDeadlinesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The 2026 calendar of SPEC §9. */
	static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(List.of(2026),
			days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
					"2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07"),
			days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	static Instant due(String entered, int amount, LimitUnit unit) {
		return CaseDeadlines.dueAt(at(entered), new StageLimit(amount, unit), SHANGHAI, CALENDAR_2026::addWorkingDays);
	}

	@Test
	void aClaimDecisionOf5WorkingDaysStartedTheDayBeforeNationalDayIsDueAtTheEndOfOctober13() {
		// Oct 1–7 are holidays; Oct 8, 9, Saturday Oct 10 (调休), Oct 12 and Oct 13 are the five working days.
		assertThat(due("2026-09-30T10:00+08:00", 5, LimitUnit.WORKING_DAYS))
			.isEqualTo(at("2026-10-13T23:59:59+08:00"));
	}

	@Test
	void aComplexClaimDecisionHas30CalendarDaysWhateverTheHolidays() {
		var review = new CaseTemplate.Stage(3, "REVIEW", "审核", "Review", "审核中", "Reviewing",
				new StageLimit(5, LimitUnit.WORKING_DAYS), new StageLimit(30, LimitUnit.CALENDAR_DAYS), false);

		assertThat(CaseDeadlines.dueAt(at("2026-09-30T10:00+08:00"), review.limitFor(true), SHANGHAI,
				CALENDAR_2026::addWorkingDays)).isEqualTo(at("2026-10-30T23:59:59+08:00"));
		assertThat(review.limitFor(false)).isEqualTo(new StageLimit(5, LimitUnit.WORKING_DAYS));
	}

	@Test
	void aRefusalNoticeOf3DaysAfterARejectionOnSaturdayIsDueOnTuesdayEvening() {
		assertThat(due("2026-11-07T15:00+08:00", 3, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2026-11-10T23:59:59+08:00"));
	}

	@Test
	void aPaymentOf10DaysCountsCalendarDaysThroughTheSpringFestival() {
		assertThat(due("2026-02-12T11:00+08:00", 10, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2026-02-22T23:59:59+08:00"));
	}

	@Test
	void aStageOf24HoursIsDueTheSameTimeNextDayEvenOnAHoliday() {
		assertThat(due("2026-09-30T16:30+08:00", 24, LimitUnit.HOURS)).isEqualTo(at("2026-10-01T16:30+08:00"));
	}

	@Test
	void theDayOfEntryCountsInTheInstitutionsZoneNotInUtc() {
		// 00:30 on Saturday 2026-02-14 (a 调休 working day) in Shanghai is still Friday in UTC; counted from Saturday,
		// the Spring Festival follows and the next working day is Tuesday the 24th.
		assertThat(due("2026-02-14T00:30+08:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-02-24T23:59:59+08:00"));
	}

	@Test
	void aPausedCasesDueTimeMovesByTheTimeItWasPaused() {
		Instant due = at("2026-11-10T23:59:59+08:00");

		assertThat(CaseDeadlines.resumed(due, at("2026-11-09T10:00+08:00"), at("2026-11-12T16:00+08:00")))
			.isEqualTo(due.plus(Duration.ofDays(3).plusHours(6)));
	}

	@Test
	void aPausedStageIsNeverOverdueAndAnOpenOneIsOnlyAfterItsDueTime() {
		Instant due = at("2026-11-10T23:59:59+08:00");

		assertThat(CaseDeadlines.overdue(CaseStatus.OPEN, due, due)).isFalse();
		assertThat(CaseDeadlines.overdue(CaseStatus.OPEN, due, due.plusSeconds(1))).isTrue();
		assertThat(CaseDeadlines.overdue(CaseStatus.PAUSED, due, due.plus(Duration.ofDays(9)))).isFalse();
		assertThat(CaseDeadlines.onTime(due, due)).isTrue();
	}

	@Test
	void onlyTheStepsOfTheLifecycleAreAllowed() {
		assertThat(CaseStatus.OPEN.allows(CaseStatus.Step.ADVANCE)).isTrue();
		assertThat(CaseStatus.PAUSED.allows(CaseStatus.Step.ADVANCE)).isFalse();
		assertThat(CaseStatus.PAUSED.allows(CaseStatus.Step.RESUME)).isTrue();
		assertThat(CaseStatus.OPEN.allows(CaseStatus.Step.RESUME)).isFalse();
		assertThat(CaseStatus.PAUSED.allows(CaseStatus.Step.REJECT)).isTrue();
		assertThat(Stream.of(CaseStatus.Step.values()).filter(CaseStatus.COMPLETED::allows)).isEmpty();
		assertThat(Stream.of(CaseStatus.Step.values()).filter(CaseStatus.REJECTED::allows)).isEmpty();
	}

	static List<LocalDate> days(String... ranges) {
		return Stream.of(ranges).flatMap(range -> {
			String[] ends = range.split("\\.\\.");
			LocalDate first = LocalDate.parse(ends[0]);
			LocalDate last = LocalDate.parse(ends.length > 1 ? ends[1] : ends[0]);
			return first.datesUntil(last.plusDays(1));
		}).toList();
	}
}
