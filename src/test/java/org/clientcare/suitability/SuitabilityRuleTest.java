package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.clientcare.product.Product.RiskLevel;
import org.junit.jupiter.api.Test;

class SuitabilityRuleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final LocalDate VALID = TODAY.plusMonths(6);

	@Test
	void aCustomerMayBuyProductsUpToItsOwnLevel() {
		assertThat(SuitabilityRule.check(RiskTolerance.C3, VALID, null, RiskLevel.R1, TODAY)).isEqualTo(SuitabilityResult.MATCH);
		assertThat(SuitabilityRule.check(RiskTolerance.C3, VALID, null, RiskLevel.R3, TODAY)).isEqualTo(SuitabilityResult.MATCH);
		assertThat(SuitabilityRule.check(RiskTolerance.C5, VALID, null, RiskLevel.R5, TODAY)).isEqualTo(SuitabilityResult.MATCH);
	}

	@Test
	void aProductAboveTheCustomersLevelIsAMismatch() {
		assertThat(SuitabilityRule.check(RiskTolerance.C3, VALID, null, RiskLevel.R4, TODAY))
			.isEqualTo(SuitabilityResult.MISMATCH);
		assertThat(SuitabilityRule.check(RiskTolerance.C2, VALID, null, RiskLevel.R5, TODAY))
			.isEqualTo(SuitabilityResult.MISMATCH);
	}

	@Test
	void aConservativeCustomerIsProhibitedFromAnythingAboveR1ButMayBuyR1() {
		assertThat(SuitabilityRule.check(RiskTolerance.C1, VALID, null, RiskLevel.R2, TODAY))
			.isEqualTo(SuitabilityResult.PROHIBITED);
		assertThat(SuitabilityRule.check(RiskTolerance.C1, VALID, null, RiskLevel.R5, TODAY))
			.isEqualTo(SuitabilityResult.PROHIBITED);
		assertThat(SuitabilityRule.check(RiskTolerance.C1, VALID, null, RiskLevel.R1, TODAY)).isEqualTo(SuitabilityResult.MATCH);
	}

	@Test
	void withoutAnAssessmentNothingMatches() {
		assertThat(SuitabilityRule.check(null, null, null, RiskLevel.R1, TODAY)).isEqualTo(SuitabilityResult.NO_ASSESSMENT);
	}

	@Test
	void anAssessmentIsValidThroughItsLastDayAndExpiredTheDayAfter() {
		assertThat(SuitabilityRule.check(RiskTolerance.C3, TODAY, null, RiskLevel.R2, TODAY)).isEqualTo(SuitabilityResult.MATCH);
		assertThat(SuitabilityRule.check(RiskTolerance.C3, TODAY.minusDays(1), null, RiskLevel.R2, TODAY))
			.isEqualTo(SuitabilityResult.ASSESSMENT_EXPIRED);
	}

	@Test
	void anExpiredIdentityDocumentStopsTheSaleEvenWhenTheLevelsMatch() {
		assertThat(SuitabilityRule.check(RiskTolerance.C5, VALID, TODAY.minusDays(1), RiskLevel.R1, TODAY))
			.isEqualTo(SuitabilityResult.ID_EXPIRED);
		assertThat(SuitabilityRule.check(RiskTolerance.C5, VALID, TODAY, RiskLevel.R1, TODAY)).isEqualTo(SuitabilityResult.MATCH);
	}

	@Test
	void onlyAnAcknowledgedMismatchOrAMatchRaisesNoAlert() {
		assertThat(SuitabilityResult.MATCH.raisesAlert(false)).isFalse();
		assertThat(SuitabilityResult.MISMATCH.raisesAlert(true)).isFalse();
		assertThat(SuitabilityResult.MISMATCH.raisesAlert(false)).isTrue();
		assertThat(SuitabilityResult.PROHIBITED.raisesAlert(true)).isTrue();
		assertThat(SuitabilityResult.NO_ASSESSMENT.raisesAlert(true)).isTrue();
		assertThat(SuitabilityResult.ASSESSMENT_EXPIRED.raisesAlert(true)).isTrue();
		assertThat(SuitabilityResult.ID_EXPIRED.raisesAlert(true)).isTrue();
	}
}
