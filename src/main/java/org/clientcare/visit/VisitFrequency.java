package org.clientcare.visit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.clientcare.customer.CustomerType;

/**
 * How often a customer must be visited (§8) and when its next visit is due: the tier's frequency (DIAMOND monthly,
 * PLATINUM quarterly), else half-yearly for corporate and institutional customers, else none. The next visit is due one
 * interval after the last one; a customer never visited is due one interval after it became a customer, or today
 * when that is longer ago.
 */
public final class VisitFrequency {

	private final VisitSettings settings;

	public VisitFrequency(VisitSettings settings) {
		this.settings = settings;
	}

	public Optional<Period> interval(String tier, CustomerType type) {
		Period byTier = tier == null ? null : settings.every().get(tier);
		if (byTier != null) {
			return Optional.of(byTier);
		}
		return type == CustomerType.INDIVIDUAL || type == null ? Optional.empty() : Optional.of(settings.corporateEvery());
	}

	/** When the next visit is due, none for a customer without a required frequency. */
	public Optional<LocalDate> nextDue(String tier, CustomerType type, LocalDate lastVisit, LocalDate since,
			LocalDate today) {
		return interval(tier, type).map(every -> {
			if (lastVisit != null) {
				return lastVisit.plus(every);
			}
			LocalDate first = since == null ? today : since.plus(every);
			return first.isBefore(today) ? today : first;
		});
	}

	/** Whether a due date puts the customer on the worklist today: overdue, or due within the coming days. */
	public boolean onWorklist(LocalDate due, LocalDate today) {
		return !due.isAfter(today.plusDays(settings.dueSoonDays()));
	}
}
