package org.clientcare.entitlement;

import java.time.Instant;

/**
 * One entitlement a customer holds in a year: the service's code and name (in the reader's language), the yearly
 * quota ({@code null}: without limit), the uses that count against it, what remains ({@code null} without limit, never
 * below 0), the uses that wait for approval, the tier that carries it and since when it is granted.
 */
public record Entitlement(String code, String name, int year, Integer quota, int used, Integer remaining, int pending,
		String tier, Instant grantedAt) {

	/** Whether one more use needs a checker's approval. */
	public boolean beyondQuotaNext() {
		return quota != null && used + pending >= quota;
	}
}
