/**
 * Suitability (适当性管理, SPEC §7): a versioned risk questionnaire scoring customers into {@code C1}–{@code C5},
 * assessments valid for 12 months, the {@link org.clientcare.suitability.SuitabilityRule} checked at the point of sale
 * and on every purchase the core banking system reports, signed risk acknowledgments, and suitability alerts that
 * compliance reviews and closes with a finding. Every check, acknowledgment and alert is kept and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suitability")
package org.clientcare.suitability;
