/**
 * Visits (客户拜访, SPEC §8): the ledger (拜访记录台账) of routine and business visits to customers — on site, by phone,
 * SMS or online — with purpose, summary, attendees and next steps; a visit frequency per tier and customer type with
 * the customers due or overdue on the manager's worklist; a need that needs resources escalated to the team leader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visit")
package org.clientcare.visit;
