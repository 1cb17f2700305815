/**
 * Customer care (客户关怀, SPEC §8): the care calendar of festivals computed from the lunar calendar, birthday and
 * festival greetings sent once per customer, occasion and year through the outbox, campaigns to segments approved by
 * compliance, and customer events with invitations, RSVP, waitlist and check-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.clientcare.care;
