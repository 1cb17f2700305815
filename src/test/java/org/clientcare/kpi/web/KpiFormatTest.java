package org.clientcare.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.clientcare.kpi.KpiCode;
import org.junit.jupiter.api.Test;

class KpiFormatTest {

	final KpiPages.Format format = new KpiPages.Format();

	@Test
	void aLargeAmountIsShownWithItsThousandsGroupedAndItsCentsKept() {
		assertThat(format.number(new BigDecimal("1921101426.27"))).isEqualTo("1,921,101,426.27");
		assertThat(format.number(new BigDecimal("-7622266.45"))).isEqualTo("−7,622,266.45");
		assertThat(format.number(new BigDecimal("1000.00"))).isEqualTo("1,000");
		assertThat(format.number(new BigDecimal("0.0961"))).isEqualTo("0.0961");
		assertThat(format.number(null)).isEqualTo("–");
	}

	@Test
	void aCountIsGroupedARateIsInPercentAndTheComplaintRateKeepsTwoDecimals() {
		assertThat(format.value(KpiCode.NEW_SETTLEMENT_ACCOUNTS, new BigDecimal("12345"))).isEqualTo("12,345");
		assertThat(format.value(KpiCode.SATISFACTION_RATE, new BigDecimal("0.8953"))).isEqualTo("89.5 %");
		assertThat(format.value(KpiCode.COMPLAINT_RATE, new BigDecimal("145.6816"))).isEqualTo("145.68");
	}

	@Test
	void aFallingRateIsShownWithTheSameMinusSignAsItsAmountsAndChanges() {
		assertThat(format.value(KpiCode.AUM_GROWTH, new BigDecimal("-0.0040"))).isEqualTo("−0.4 %");
		assertThat(format.value(KpiCode.AUM_GROWTH, new BigDecimal("0.118"))).isEqualTo("11.8 %");
		assertThat(format.change(new BigDecimal("-1.131"))).isEqualTo("−113.1 %");
	}
}
