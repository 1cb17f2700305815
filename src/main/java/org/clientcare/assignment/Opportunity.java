package org.clientcare.assignment;

import java.math.BigDecimal;
import java.time.Instant;

/** A business opportunity (商机): where it came from, the product, the expected amount (CNY) and its stage. */
public record Opportunity(long id, long customerId, String source, String product, BigDecimal expectedAmount,
		OpportunityStage stage, String createdBy, Instant createdAt, Instant updatedAt) {
}
