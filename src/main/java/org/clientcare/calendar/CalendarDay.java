package org.clientcare.calendar;

import java.time.LocalDate;

/**
 * One day of a year's calendar: a holiday (节假日) or a weekend day that is worked (调休上班日), with its name.
 *
 * @param date the day
 * @param name what it is, e.g. {@code 春节} or {@code 春节调休}; may be empty
 */
public record CalendarDay(LocalDate date, String name) {
}
