/**
 * Tiering (客户分类分级, SPEC §3): figures from the core banking system per customer and date, the retail and
 * corporate schemes of {@link org.clientcare.tiering.TierPolicy} with thresholds an administrator changes at run time,
 * a nightly set-based job, tiers that explain themselves, overrides through maker-checker, and a
 * {@link org.clientcare.tiering.TierChanged} event for every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tiering")
package org.clientcare.tiering;
