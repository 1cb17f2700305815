package org.clientcare.kpi;

import java.time.LocalDate;

/**
 * What a caller asks the KPIs for: a span {@code from}–{@code to}, or a {@code period} (week, month, quarter, year;
 * month by default) around {@code date} (today by default); an org unit code (the caller's by default) and/or an
 * account manager's user name; and, optionally, the complaint rate's basis instead of the definitions' one.
 */
public record KpiQuery(LocalDate from, LocalDate to, String period, LocalDate date, String orgUnit, String manager,
		ComplaintRateBasis basis) {
}
