package org.clientcare.assignment;

import java.math.BigDecimal;

/** A customer's credit line (授信额度); a customer with one counts as a credit customer. Zero means none. */
public record CreditLine(long customerId, BigDecimal amount) {
}
