package org.clientcare.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), SHANGHAI);

	@Test
	void aMarketingMessageAtTenInTheEveningWaitsUntilEightTheNextMorning() {
		assertThat(quiet.earliestSend(at("2026-12-01T22:00"))).isEqualTo(at("2026-12-02T08:00"));
	}

	@Test
	void oneAtThreeInTheMorningWaitsUntilEightTheSameMorning() {
		assertThat(quiet.earliestSend(at("2026-12-02T03:00"))).isEqualTo(at("2026-12-02T08:00"));
	}

	@Test
	void quietHoursBeginAtNineAndEndAtEight() {
		assertThat(quiet.isQuiet(at("2026-12-01T20:59:59"))).isFalse();
		assertThat(quiet.isQuiet(at("2026-12-01T21:00"))).isTrue();
		assertThat(quiet.isQuiet(at("2026-12-02T07:59:59"))).isTrue();
		assertThat(quiet.isQuiet(at("2026-12-02T08:00"))).isFalse();
	}

	@Test
	void oneInTheDaytimeGoesAtOnce() {
		assertThat(quiet.earliestSend(at("2026-12-01T10:15"))).isEqualTo(at("2026-12-01T10:15"));
	}

	@Test
	void quietHoursWithinOneDayAreHonouredToo() {
		var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), SHANGHAI);
		assertThat(lunch.earliestSend(at("2026-12-01T12:45"))).isEqualTo(at("2026-12-01T13:30"));
		assertThat(lunch.isQuiet(at("2026-12-01T22:00"))).isFalse();
	}

	private static Instant at(String local) {
		return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI).toInstant();
	}
}
