package org.clientcare.revisit;

import java.time.Instant;
import java.util.Set;

import org.clientcare.shared.CustomerId;

/**
 * A revisit inside a hesitation period (犹豫期) found the policy mis-sold (销售误导): the remediation that puts it right
 * follows. {@code transactionId} and {@code productCode} name the purchase the revisit followed.
 */
public record MisSellingFound(long revisitId, CustomerId customer, Long transactionId, String productCode,
		Set<HesitationScript.MisSelling> findings, Instant at) {

	public MisSellingFound {
		findings = Set.copyOf(findings);
	}
}
