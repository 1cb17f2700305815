package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RegulatoryClockTest {

	static Instant at(String time) {
		return OffsetDateTime.parse(time).toInstant();
	}

	@Test
	void aComplaintReceivedOnNovember2AndPausedFiveDaysForMediationIsDueFiveDaysLater() {
		Instant received = at("2026-11-02T10:00:00+08:00");
		Instant due = RegulatoryClock.due(received, 15, Duration.ZERO);
		Instant paused = at("2026-11-05T10:00:00+08:00");
		Instant resumed = at("2026-11-10T10:00:00+08:00");

		Instant moved = RegulatoryClock.resumed(due, paused, resumed);

		assertThat(due).isEqualTo(at("2026-11-17T10:00:00+08:00"));
		assertThat(moved).isEqualTo(at("2026-11-22T10:00:00+08:00"));
		assertThat(RegulatoryClock.due(received, 15, RegulatoryClock.stood(paused, resumed))).isEqualTo(moved);
	}

	@Test
	void theDeadlineIsNotMissedWhileTheClockStandsStillNorBeforeTheMovedDueTime() {
		Instant due = at("2026-11-17T10:00:00+08:00");
		Instant paused = at("2026-11-05T10:00:00+08:00");
		Instant moved = RegulatoryClock.resumed(due, paused, at("2026-11-10T10:00:00+08:00"));

		assertThat(RegulatoryClock.missed(due, paused, at("2026-11-09T10:00:00+08:00"))).isFalse();
		assertThat(RegulatoryClock.missed(due, paused, at("2026-11-18T10:00:00+08:00"))).as("still paused after the old due time").isFalse();
		assertThat(RegulatoryClock.missed(moved, null, at("2026-11-21T10:00:00+08:00"))).isFalse();
		assertThat(RegulatoryClock.missed(moved, null, at("2026-11-22T10:01:00+08:00"))).isTrue();
	}

	@Test
	void aPauseBegunAfterTheDueTimeDoesNotUndoTheMissedDeadline() {
		Instant due = at("2026-11-17T10:00:00+08:00");

		assertThat(RegulatoryClock.missed(due, at("2026-11-18T09:00:00+08:00"), at("2026-11-18T10:00:00+08:00"))).isTrue();
	}

	@Test
	void newFactsRestartTheCountFromTheDayTheyArriveAndAnExtensionCountsFromThereToo() {
		Instant facts = at("2026-11-12T15:00:00+08:00");

		assertThat(RegulatoryClock.due(facts, 15, Duration.ZERO)).isEqualTo(at("2026-11-27T15:00:00+08:00"));
		assertThat(RegulatoryClock.due(facts, 30, Duration.ofDays(2))).isEqualTo(at("2026-12-14T15:00:00+08:00"));
	}
}
