package org.clientcare.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** A mis-sold sale is put right within 15 working days of the finding, on the 2026 calendar of SPEC §9. */
class RemediationDeadlineTest {

	static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(List.of(2026),
			Stream.concat(LocalDate.of(2026, 9, 25).datesUntil(LocalDate.of(2026, 9, 28)),
					LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8))).toList(),
			List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

	@Test
	void misSellingFoundOn30SeptemberIsPutRightBy27OctoberAfterNationalDayAndTheWorkedSaturday() {
		// 8, 9, 10 (a Saturday worked), 12–16, 19–23, 26, 27 October
		assertThat(RemediationDeadline.dueOn(LocalDate.of(2026, 9, 30), 15, CALENDAR_2026))
			.isEqualTo(LocalDate.of(2026, 10, 27));
	}

	@Test
	void misSellingFoundOnAMondayWithoutHolidaysIsDueThreeWeeksLater() {
		assertThat(RemediationDeadline.dueOn(LocalDate.of(2026, 11, 2), 15, CALENDAR_2026))
			.isEqualTo(LocalDate.of(2026, 11, 23));
	}
}
