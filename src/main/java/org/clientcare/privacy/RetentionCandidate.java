package org.clientcare.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer whose retention period has passed, as the retention job's dry run lists it: who, since when, and why it
 * is anonymised ({@code anonymise}) or kept ({@code reasons}: {@code OPEN_COMPLAINT}, {@code LITIGATION},
 * {@code COMPLIANCE_HOLD}).
 */
public record RetentionCandidate(long customerId, String customerNo, LocalDate relationshipEnded, LocalDate keptUntil,
		boolean anonymise, List<String> reasons) {
}
