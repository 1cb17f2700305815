package org.clientcare.revisit;

import java.time.LocalDate;

import org.clientcare.calendar.WorkingDayCalendar;
import org.clientcare.product.Product.DayCount;

/**
 * The hesitation period (犹豫期) of an insurance policy: the days after the purchase in which the customer may withdraw
 * without loss. Its revisit is worth something only inside it, so it is due no later than a number of working days
 * (default 2) before the period ends (§5).
 *
 * @param purchasedOn the day of the purchase, which does not count
 * @param endsOn the last day of the period
 */
public record HesitationPeriod(LocalDate purchasedOn, LocalDate endsOn) {

	/** The period of {@code days} calendar or working days after the day of purchase. */
	public static HesitationPeriod of(LocalDate purchasedOn, int days, DayCount count, WorkingDayCalendar calendar) {
		if (days <= 0) {
			throw new IllegalArgumentException("A hesitation period has at least one day: " + days);
		}
		return new HesitationPeriod(purchasedOn,
				count == DayCount.WORKING ? calendar.addWorkingDays(purchasedOn, days) : purchasedOn.plusDays(days));
	}

	/**
	 * The last day the revisit may be due: the {@code workingDaysBefore}-th working day before the period ends,
	 * counting back from its last day (which does not count), and never before the day of purchase.
	 */
	public LocalDate revisitDueBy(int workingDaysBefore, WorkingDayCalendar calendar) {
		LocalDate day = endsOn;
		for (int counted = 0; counted < workingDaysBefore && day.isAfter(purchasedOn);) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day.isBefore(purchasedOn) ? purchasedOn : day;
	}
}
