package org.clientcare.visit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.assignment.DiaryVisitsRecorded.DiaryVisit;
import org.clientcare.shared.CustomerId;
import org.junit.jupiter.api.Test;

class DiaryVisitsRulesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void theFirstLineOfTheEntryIsThePurposeCutToSixtyCharacters() {
		assertThat(DiaryVisits.purpose("\n  上门拜访 \n详情")).isEqualTo("上门拜访");
		assertThat(DiaryVisits.purpose("访".repeat(100))).hasSize(60).endsWith("…");
	}

	@Test
	void aVisitWrittenOnItsDayHappenedWhenItWasWrittenAndOneWrittenLaterAtNoonOfItsDay() {
		Instant evening = Instant.parse("2026-03-02T11:30:00Z"); // 19:30 in Shanghai
		assertThat(DiaryVisits.occurredAt(entry(LocalDate.of(2026, 3, 2), evening), SHANGHAI)).isEqualTo(evening);
		assertThat(DiaryVisits.occurredAt(entry(LocalDate.of(2026, 3, 1), evening), SHANGHAI))
			.isEqualTo(Instant.parse("2026-03-01T04:00:00Z"));
	}

	static DiaryVisit entry(LocalDate date, Instant writtenAt) {
		return new DiaryVisit(1, new CustomerId(1), date, "拜访", "zhang.rm", writtenAt);
	}
}
