package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class ActingClockTest {

	final Clock wall = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final ActingClock clock = new ActingClock(wall);

	final Instant eightDaysAgo = Instant.parse("2026-11-28T03:00:00Z");

	@Test
	void insideAReplayedStepTheClockTellsTheStepsTimeAndAfterwardsTheWallClocksAgain() {
		Instant[] during = new Instant[1];
		ActingClock.at(eightDaysAgo, () -> during[0] = clock.instant());

		assertThat(during[0]).isEqualTo(eightDaysAgo);
		assertThat(clock.instant()).isEqualTo(wall.instant());
	}

	@Test
	void aReplayedStepAnswersWhatItGivesAndLeavesTheWallClockAfterwards() {
		Instant during = ActingClock.at(eightDaysAgo, () -> clock.instant());

		assertThat(during).isEqualTo(eightDaysAgo);
		assertThat(clock.instant()).isEqualTo(wall.instant());
	}

	@Test
	void anotherThreadKeepsTheWallClockWhileAStepIsReplayed() {
		Instant[] elsewhere = new Instant[1];
		ActingClock.at(eightDaysAgo, () -> elsewhere[0] = CompletableFuture.supplyAsync(clock::instant).join());

		assertThat(elsewhere[0]).isEqualTo(wall.instant());
	}

	@Test
	void aStepThatFailsLeavesTheClockAsItWasAndNestedStepsRestoreTheOuterOne() {
		assertThatThrownBy(() -> ActingClock.at(eightDaysAgo, () -> {
			throw new IllegalStateException("refused");
		})).hasMessage("refused");
		assertThat(clock.instant()).isEqualTo(wall.instant());

		Instant[] afterInner = new Instant[1];
		ActingClock.at(eightDaysAgo, () -> {
			ActingClock.at(eightDaysAgo.plusSeconds(3600), () -> { });
			afterInner[0] = clock.instant();
		});
		assertThat(afterInner[0]).isEqualTo(eightDaysAgo);
	}

	@Test
	void whatIsWrittenDownIsDatedByTheWallClockAndTheZoneIsTheInstitutions() {
		Instant[] written = new Instant[1];
		ActingClock.at(eightDaysAgo, () -> written[0] = ActingClock.written(clock).instant());

		assertThat(written[0]).isEqualTo(wall.instant());
		assertThat(ActingClock.written(wall)).isSameAs(wall);
		assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}
}
