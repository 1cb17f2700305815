package org.clientcare.visit;

import java.time.LocalDate;

/** A customer on the manager's visit worklist: when it was last visited and when the next visit is due. */
public record VisitDue(long customerId, String customerNo, String name, String tier, LocalDate lastVisit,
		LocalDate dueOn, boolean overdue) {
}
