/**
 * Mis-selling remediation (销售误导整改, SPEC §5): a hesitation-period revisit whose script shows the policy was mis-sold
 * ({@code MisSellingFound}) or a complaint registered as mis-selling opens a remediation, due 15 working days later on
 * the business calendar, put right by staff other than the seller with the customer's choice — withdraw, keep or
 * switch — and any refund through the compensation approval (maker-checker). The SLA sweep escalates overdue ones to
 * compliance; figures by product, seller and unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remediation")
package org.clientcare.remediation;
