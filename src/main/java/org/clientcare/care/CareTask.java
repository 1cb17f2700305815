package org.clientcare.care;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account manager's to-do (关怀待办) the day before an occasion of a DIAMOND or PLATINUM customer: a personal call
 * or a gift within {@code giftBudget} (CNY).
 */
public record CareTask(long id, long customerId, String customerNo, String customerName, long managerId,
		Occasion occasion, LocalDate occasionOn, String tier, BigDecimal giftBudget, Instant doneAt) {
}
