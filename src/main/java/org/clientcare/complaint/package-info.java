/**
 * Complaints (投诉处理, SPEC §6): registered from every channel, acknowledged within 24 hours, resolved within 7
 * working days on the official calendar, decided within the regulator's 15 days; late ones are escalated by the SLA
 * sweep, and breaches stay on record. Compensation and deadline extensions go through maker-checker.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint")
package org.clientcare.complaint;
