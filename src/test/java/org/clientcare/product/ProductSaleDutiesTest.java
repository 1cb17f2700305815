package org.clientcare.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.product.Product.ProductStatus;
import org.clientcare.product.Product.ProductType;
import org.clientcare.product.Product.RiskLevel;
import org.clientcare.product.Product.SaleChannel;
import org.junit.jupiter.api.Test;

/** The dual-recording duties a product brings by default: by age, by the bank channel, and how long recordings stay. */
class ProductSaleDutiesTest {

	static Product of(ProductType type) {
		return new Product("P-" + type, "产品", "Product", type, RiskLevel.R3, 0, ProductStatus.ACTIVE, 0);
	}

	@Test
	void aBankChannelInsuranceSaleIsRecordedWhateverTheCustomersAgeAndOtherChannelsOnlyFromSixty() {
		Product insurance = of(ProductType.INSURANCE);

		assertThat(insurance.needsDualRecording(40, SaleChannel.BANK)).isTrue();
		assertThat(insurance.needsDualRecording(40, SaleChannel.AGENT)).isFalse();
		assertThat(insurance.needsDualRecording(40, null)).isFalse();
		assertThat(insurance.needsDualRecording(62, SaleChannel.DIRECT)).isTrue();
		assertThat(insurance.recordingRetentionYears()).isEqualTo(10);
	}

	@Test
	void aFundSoldThroughABankNeedsNoRecordingAndWouldBeKeptFiveYears() {
		Product fund = of(ProductType.FUND);

		assertThat(fund.needsDualRecording(40, SaleChannel.BANK)).isFalse();
		assertThat(fund.bankChannelRecording()).isFalse();
		assertThat(fund.recordingRetentionYears()).isEqualTo(5);
	}
}
