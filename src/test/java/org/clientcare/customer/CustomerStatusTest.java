package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerStatusTest {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "PROSPECT, ACTIVE, true", "PROSPECT, DORMANT, false", "ACTIVE, DORMANT, true", "ACTIVE, CLOSED, true",
			"DORMANT, ACTIVE, true", "DORMANT, CLOSED, true", "CLOSED, ACTIVE, true", "CLOSED, DORMANT, false",
			"ACTIVE, PROSPECT, false", "DORMANT, PROSPECT, false" })
	void theLifecycleAllowsOnlyItsSteps(CustomerStatus from, CustomerStatus to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}
}
