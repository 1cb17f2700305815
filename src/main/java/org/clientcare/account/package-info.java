/**
 * Accounts (账户) reported by the core banking system (SPEC §10, §12): settlement accounts — basic (基本户), general
 * (一般户), special (专用户), temporary (临时户) — and personal settlement accounts, their openings and status changes
 * (active ↔ dormant, closed), recorded once per external id and published as
 * {@link org.clientcare.account.AccountEvents} for the KPIs (new settlement and basic accounts, churn, reactivations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.clientcare.account;
