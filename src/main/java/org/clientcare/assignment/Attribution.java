package org.clientcare.assignment;

import java.math.BigDecimal;

/**
 * The performance-attribution split (业绩归属) recorded with an assignment: the shares (0–1) of deposits and of
 * non-deposit business that count to the new manager. With {@code incrementalOnly}, only the increase over the
 * previous half-year's average daily balance counts (handovers).
 */
public record Attribution(BigDecimal depositShare, BigDecimal nonDepositShare, boolean incrementalOnly) {
}
