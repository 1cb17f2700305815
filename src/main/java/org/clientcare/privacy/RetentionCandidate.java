package org.clientcare.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * What the retention job's dry run lists: a customer whose retention of a category of data has passed — who, since
 * when, which category ({@code identity}: the customer as a whole, with every category not scrubbed yet) and what that
 * covers ({@code parts}, the modules' parts), and whether it is anonymised ({@code anonymise}) or kept, and why
 * ({@code reasons}: {@code OPEN_COMPLAINT}, {@code LITIGATION}, {@code COMPLIANCE_HOLD}, {@code SALE_RECORDING}).
 */
public record RetentionCandidate(long customerId, String customerNo, LocalDate relationshipEnded, LocalDate keptUntil,
		boolean anonymise, List<String> reasons, String category, List<String> parts) {
}
