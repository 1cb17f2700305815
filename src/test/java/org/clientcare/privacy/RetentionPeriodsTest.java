package org.clientcare.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.clientcare.customer.DataCategory;
import org.clientcare.shared.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each category of data has its own retention period; identity data and transaction records are never kept less than
 * 10 years after the relationship ends (AML law 2024 Art. 34), and the customer as a whole goes with the longest.
 */
class RetentionPeriodsTest {

	static RetentionPeriods tenYearsEach() {
		Map<DataCategory, Period> periods = new EnumMap<>(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			periods.put(category, Period.ofYears(10));
		}
		return new RetentionPeriods(periods);
	}

	@Test
	void marketingDataKeptThreeYearsGoesBeforeTheCustomerWhoGoesAfterTenYears() {
		RetentionPeriods periods = tenYearsEach().with(Map.of("marketing", "P3Y", "revisit-notes", "P5Y6M"));

		assertThat(periods.of(DataCategory.MARKETING)).isEqualTo(Period.ofYears(3));
		assertThat(periods.goesEarly(DataCategory.MARKETING)).isTrue();
		assertThat(periods.goesEarly(DataCategory.REVISIT_NOTES)).isTrue();
		assertThat(periods.goesEarly(DataCategory.SERVICE_RECORDS)).isFalse();
		assertThat(periods.longest()).isEqualTo(Period.ofYears(10));
		assertThat(periods.keptUntil(DataCategory.MARKETING, LocalDate.of(2020, 2, 29))).isEqualTo("2023-02-28");
	}

	@Test
	void identityDataOrTransactionRecordsKeptLessThanTenYearsAreRefusedNamingTheCategory() {
		assertThatThrownBy(() -> tenYearsEach().with(Map.of("identity", "P9Y11M", "transactions", "P5Y")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems())
				.extracting(p -> p.field() + " " + p.code())
				.containsExactlyInAnyOrder("retention.identity below-legal-minimum",
						"retention.transactions below-legal-minimum"));
		assertThat(tenYearsEach().with(Map.of("identity", "P15Y")).longest()).isEqualTo(Period.ofYears(15));
	}

	@Test
	void anUnknownCategoryAMalformedPeriodAndAPeriodUnderAMonthAreRefused() {
		assertThatThrownBy(() -> tenYearsEach().with(Map.of("hobbies", "P1Y", "marketing", "three years",
				"revisit-notes", "P2W")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems())
				.extracting(p -> p.field() + " " + p.code())
				.containsExactlyInAnyOrder("retention.hobbies unknown", "retention.marketing format",
						"retention.revisit-notes too-short"));
	}

	@Test
	void aConfigurationKeepingIdentityDataLessThanTenYearsStopsTheApplication() {
		assertThatThrownBy(() -> new PrivacySettings(15, Map.of("identity", Period.ofYears(5)), null, 0))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientcare.privacy.retention.identity");
		assertThat(new PrivacySettings(15, Map.of("marketing", Period.ofYears(2)), null, 0).defaultRetention())
			.containsEntry(DataCategory.MARKETING, Period.ofYears(2)).containsEntry(DataCategory.IDENTITY, Period.ofYears(10));
	}
}
