package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How long a sale's dual recording is kept: the product's years, and 2 years past a dispute about the sale. */
class RecordingRetentionTest {

	static final LocalDate SOLD = LocalDate.of(2026, 9, 24);

	@Test
	void anInsuranceRecordingIsKeptTenYearsAfterTheSaleAndPurgedTheDayAfter() {
		var retention = new RecordingRetention(RecordingRetention.retainUntil(SOLD, 10), false, null);

		assertThat(retention.keepUntil()).isEqualTo(LocalDate.of(2036, 9, 24));
		assertThat(retention.mayPurge(LocalDate.of(2036, 9, 24))).isFalse();
		assertThat(retention.mayPurge(LocalDate.of(2036, 9, 25))).isTrue();
	}

	@Test
	void aDisputeClosedNearTheEndOfTheRetentionKeepsTheRecordingTwoYearsPastItsClose() {
		var retention = new RecordingRetention(RecordingRetention.retainUntil(SOLD, 5), false, LocalDate.of(2031, 6, 1));

		assertThat(retention.keepUntil()).isEqualTo(LocalDate.of(2033, 6, 1));
		assertThat(retention.mayPurge(LocalDate.of(2032, 1, 1))).isFalse();
		assertThat(retention.heldByDispute(LocalDate.of(2032, 1, 1))).isTrue();
		assertThat(retention.mayPurge(LocalDate.of(2033, 6, 2))).isTrue();
	}

	@Test
	void aDisputeClosedEarlyChangesNothingAndAnOpenOneHoldsTheRecordingWhateverItsAge() {
		var closedEarly = new RecordingRetention(RecordingRetention.retainUntil(SOLD, 10), false, LocalDate.of(2027, 1, 5));
		var open = new RecordingRetention(RecordingRetention.retainUntil(SOLD, 5), true, null);

		assertThat(closedEarly.keepUntil()).isEqualTo(LocalDate.of(2036, 9, 24));
		assertThat(open.keepUntil()).isNull();
		assertThat(open.mayPurge(LocalDate.of(2050, 1, 1))).isFalse();
		assertThat(open.heldByDispute(LocalDate.of(2050, 1, 1))).isTrue();
		assertThat(open.heldByDispute(LocalDate.of(2027, 1, 1))).as("inside the product's years the rule keeps it").isFalse();
	}
}
