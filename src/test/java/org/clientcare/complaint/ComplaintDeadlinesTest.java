package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class ComplaintDeadlinesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The 2026 calendar of SPEC §9. */
	static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(List.of(2026),
			days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
					"2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07"),
			days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

	@Test
	void aComplaintReceivedTheAfternoonBeforeNationalDayIsDueAtTheEndOfOctober15() {
		Instant received = OffsetDateTime.parse("2026-09-30T16:00+08:00").toInstant();

		var deadlines = ComplaintDeadlines.of(received, SHANGHAI, ComplaintSettings.defaults(), CALENDAR_2026::addWorkingDays);

		assertThat(deadlines.acknowledge()).isEqualTo(OffsetDateTime.parse("2026-10-01T16:00+08:00").toInstant());
		assertThat(deadlines.resolve()).isEqualTo(OffsetDateTime.parse("2026-10-15T23:59:59+08:00").toInstant());
		assertThat(deadlines.regulatory()).isEqualTo(OffsetDateTime.parse("2026-10-15T16:00+08:00").toInstant());
	}

	@Test
	void theDayOfReceiptCountsInTheInstitutionsZoneNotInUtc() {
		// 23:30 in Shanghai on 2026-02-13 is 15:30 UTC the same day; the Spring Festival follows.
		Instant received = OffsetDateTime.parse("2026-02-13T23:30+08:00").toInstant();

		var deadlines = ComplaintDeadlines.of(received, SHANGHAI, ComplaintSettings.defaults(), CALENDAR_2026::addWorkingDays);

		assertThat(deadlines.resolve()).isEqualTo(OffsetDateTime.parse("2026-03-02T23:59:59+08:00").toInstant());
	}

	@Test
	void fullExtensionsMoveTheRegulatoryDeadlineTo30AndThen60DaysAfterReceipt() {
		Instant received = OffsetDateTime.parse("2026-11-02T09:30+08:00").toInstant();
		ComplaintSettings settings = ComplaintSettings.defaults();
		int first = ComplaintDeadlines.extendedLimit(15, 1, 30, settings);
		int second = ComplaintDeadlines.extendedLimit(first, 2, 30, settings);

		assertThat(ComplaintDeadlines.regulatory(received, 15)).isEqualTo(OffsetDateTime.parse("2026-11-17T09:30+08:00").toInstant());
		assertThat(ComplaintDeadlines.regulatory(received, first)).isEqualTo(OffsetDateTime.parse("2026-12-02T09:30+08:00").toInstant());
		assertThat(ComplaintDeadlines.regulatory(received, second)).isEqualTo(OffsetDateTime.parse("2027-01-01T09:30+08:00").toInstant());
	}

	@Test
	void aShorterExtensionAddsItsDaysAndTheNextOneMayStillReach60() {
		ComplaintSettings settings = ComplaintSettings.defaults();

		assertThat(ComplaintDeadlines.extendedLimit(15, 1, 10, settings)).as("15 days and 10 more").isEqualTo(25);
		assertThat(ComplaintDeadlines.extendedLimit(25, 2, 30, settings)).as("25 days and a further 30").isEqualTo(55);
		assertThat(ComplaintDeadlines.extendedLimit(25, 2, 20, settings)).isEqualTo(45);
	}

	@Test
	void noExtensionGoesPast30DaysFromReceiptNorTheSecondPast60() {
		ComplaintSettings settings = ComplaintSettings.defaults();

		assertThat(ComplaintDeadlines.extendedLimit(15, 1, 20, settings)).isEqualTo(30);
		assertThat(ComplaintDeadlines.extendedLimit(30, 2, 30, settings)).isEqualTo(60);
	}

	@Test
	void onlyTheStepsOfTheLifecycleAreAllowed() {
		assertThat(ComplaintStatus.RECEIVED.allows(ComplaintStatus.Step.RESOLVE)).isFalse();
		assertThat(ComplaintStatus.ACKNOWLEDGED.allows(ComplaintStatus.Step.RESOLVE)).isTrue();
		assertThat(ComplaintStatus.CLOSED.allows(ComplaintStatus.Step.FEEDBACK)).isFalse();
		assertThat(ComplaintStatus.RESOLVED.allows(ComplaintStatus.Step.FEEDBACK)).isTrue();
		assertThat(ComplaintStatus.CLOSED.allows(ComplaintStatus.Step.NOTE)).isFalse();
	}

	private static List<LocalDate> days(String... ranges) {
		List<LocalDate> days = new ArrayList<>();
		for (String range : ranges) {
			String[] ends = range.split("\\.\\.");
			LocalDate from = LocalDate.parse(ends[0]);
			LocalDate to = ends.length == 1 ? from : LocalDate.parse(ends[1]);
			Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).forEach(days::add);
		}
		return days;
	}
}
