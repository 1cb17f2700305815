package org.clientcare.customer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The 360 view of one customer: the masked customer with its financial profile and current consents. */
public record CustomerDetail(@JsonUnwrapped CustomerView customer, FinancialProfile financialProfile,
		List<Consent> consents) {
}
