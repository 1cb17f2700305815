/**
 * KPIs (考核指标, SPEC §10, §12): the fifteen figures (the fourteen of §12 and the hesitation-period revisit rate) that show whether the institution keeps its service promises,
 * per org unit with its subtree, account manager and period, each with numerator, denominator, target, the previous
 * period and the change. Computed from the KPI module's own projections of other modules' events (accounts, customer
 * status changes, inquiries) and from the read-only views the owners publish for it ({@code revisit_kpi_ref},
 * {@code complaint_kpi_ref}, {@code customer_aum_ref}, {@code customer_ref}) — never from another module's tables.
 * The definitions are versioned settings ({@link org.clientcare.kpi.KpiDefinitions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPI")
package org.clientcare.kpi;
