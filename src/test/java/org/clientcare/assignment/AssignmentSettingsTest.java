package org.clientcare.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AssignmentSettingsTest {

	AssignmentSettings settings = AssignmentSettings.defaults();

	@Test
	void aWalkInCustomerCountsHalfToTheNewManager() {
		Attribution split = settings.attribution(AssignmentSource.NATURAL);

		assertThat(split.depositShare()).isEqualByComparingTo("0.50");
		assertThat(split.nonDepositShare()).isEqualByComparingTo("0.50");
		assertThat(split.incrementalOnly()).isFalse();
	}

	@Test
	void aHandedOverCustomerCounts60PercentOfIncrementalDepositsAnd80PercentOfOtherIncrementalBusiness() {
		Attribution split = settings.attribution(AssignmentSource.HANDOVER);

		assertThat(split.depositShare()).isEqualByComparingTo("0.60");
		assertThat(split.nonDepositShare()).isEqualByComparingTo("0.80");
		assertThat(split.incrementalOnly()).isTrue();
	}

	@Test
	void aCustomerTheManagerWonHimselfCounts80Percent() {
		Attribution split = settings.attribution(AssignmentSource.SELF_MARKETED);

		assertThat(split.depositShare()).isEqualByComparingTo("0.80");
		assertThat(split.nonDepositShare()).isEqualByComparingTo("0.80");
	}

	@Test
	void sharesAreSettingsButNeverAboveOneHundredPercent() {
		var changed = new AssignmentSettings(new BigDecimal("0.55"), null, null, null, null, null, null, null);

		assertThat(changed.attribution(AssignmentSource.NATURAL).depositShare()).isEqualByComparingTo("0.55");
		assertThat(changed.gradeThresholds()).isEqualTo(ManagerGrade.Thresholds.DEFAULTS);
		assertThatThrownBy(() -> new AssignmentSettings(new BigDecimal("1.2"), null, null, null, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
