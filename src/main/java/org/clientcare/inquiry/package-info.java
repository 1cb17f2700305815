/**
 * Inquiries (咨询, SPEC §8): questions registered by staff from any channel or by a customer from the assistant,
 * assigned, answered within 2 working days on the official calendar, flagged by the SLA sweep when late, and turned
 * into a complaint in one step when the customer is in fact complaining (首问负责制).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiry")
package org.clientcare.inquiry;
