package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTest {

	@Test
	void anAmountReadsGroupedByThousandsWithTwoDecimals() {
		assertThat(Amounts.format(new BigDecimal("36000"))).isEqualTo("36,000.00");
		assertThat(Amounts.format(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
		assertThat(Amounts.format(new BigDecimal("0.005"))).isEqualTo("0.01");
		assertThat(Amounts.format(new BigDecimal("999.99"))).isEqualTo("999.99");
		assertThat(Amounts.format(null)).isEqualTo("-");
	}
}
