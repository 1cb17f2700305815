package org.clientcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

	static final BigDecimal PASS_MARK = new BigDecimal("80");

	@Test
	void aCourseWithoutAnExamIsCompletedByAttendingToTheEnd() {
		assertThat(CompletionRule.completes(true, null, null)).isTrue();
		assertThat(CompletionRule.completes(false, null, null)).isFalse();
	}

	@Test
	void aScoreBelowThePassMarkDoesNotCompleteTheCourseAndOneAtThePassMarkDoes() {
		assertThat(CompletionRule.completes(true, new BigDecimal("79.5"), PASS_MARK)).isFalse();
		assertThat(CompletionRule.completes(true, new BigDecimal("80"), PASS_MARK)).isTrue();
	}

	@Test
	void passingTheExamWithoutAttendingToTheEndDoesNotCompleteTheCourse() {
		assertThat(CompletionRule.completes(false, new BigDecimal("100"), PASS_MARK)).isFalse();
		assertThat(CompletionRule.completes(true, null, PASS_MARK)).isFalse();
	}

	@Test
	void coverageIsTrainedOverStaffToFourDecimalsAndNoneWithoutStaff() {
		assertThat(Coverage.of("SH", null, null, 3, 2).coverage()).isEqualByComparingTo("0.6667");
		assertThat(Coverage.of("SH", null, null, 0, 0).coverage()).isNull();
	}

	@Test
	void aQuarterIsWrittenYearDashQAndItsNumber() {
		assertThat(Quarter.parse("2026-Q4")).isEqualTo(new Quarter(2026, 4));
		assertThat(Quarter.parse("2026-Q5")).isNull();
		assertThat(Quarter.parse("2026Q1")).isNull();
		assertThat(new Quarter(2026, 1).previous()).hasToString("2025-Q4");
		assertThat(new Quarter(2026, 3).firstDay()).hasToString("2026-07-01");
		assertThat(Quarter.of(java.time.LocalDate.of(2026, 12, 4))).hasToString("2026-Q4");
	}
}
