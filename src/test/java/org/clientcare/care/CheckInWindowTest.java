package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.clientcare.shared.problem.Conflict;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

	private static final Instant STARTS = Instant.parse("2026-12-18T10:00:00Z");

	private final CheckInWindow window = CheckInWindow.of(STARTS, CareSettings.defaults());

	@Test
	void twoWeeksBeforeTheStartTheDoorIsNotOpenAndTheRefusalSaysWhenItOpens() {
		Instant twoWeeksBefore = STARTS.minusSeconds(14 * 86_400);

		assertThat(window.at(twoWeeksBefore)).isEqualTo(CheckInWindow.State.NOT_OPEN);
		assertThatThrownBy(() -> window.requireOpen(twoWeeksBefore)).isInstanceOfSatisfying(Conflict.class,
				e -> {
					assertThat(e.code()).isEqualTo("check-in-not-open");
					assertThat(e.properties()).containsEntry("opensAt", "2026-12-18T07:00:00Z");
				});
	}

	@Test
	void guestsAreCheckedInFromThreeHoursBeforeTheStartToADayAfter() {
		assertThat(window.at(STARTS.minusSeconds(3 * 3600 + 1))).isEqualTo(CheckInWindow.State.NOT_OPEN);
		assertThat(window.at(STARTS.minusSeconds(3 * 3600))).isEqualTo(CheckInWindow.State.OPEN);
		assertThat(window.at(STARTS)).isEqualTo(CheckInWindow.State.OPEN);
		assertThat(window.at(STARTS.plusSeconds(24 * 3600 - 1))).isEqualTo(CheckInWindow.State.OPEN);
		assertThat(window.at(STARTS.plusSeconds(24 * 3600))).isEqualTo(CheckInWindow.State.CLOSED);
	}

	@Test
	void aDayAfterTheStartAttendanceIsNoLongerRecorded() {
		assertThatThrownBy(() -> window.requireOpen(STARTS.plusSeconds(2 * 86_400)))
			.isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("check-in-closed"));
	}
}
