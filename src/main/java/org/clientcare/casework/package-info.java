/**
 * Cases (业务进度跟踪, SPEC §8): loan applications, account openings, purchases, insurance claims and other business
 * moving through the stages of a versioned template per type, each stage with its limit in calendar days, working
 * days of the official calendar or hours; paused and resumed, flagged and escalated when overdue, visible to the
 * departments involved, followed by the customer on a public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.clientcare.casework;
