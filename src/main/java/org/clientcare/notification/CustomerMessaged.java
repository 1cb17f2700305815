package org.clientcare.notification;

import java.time.Instant;

import org.clientcare.shared.CustomerId;

/**
 * A message to a customer left the outbox: delivered through its channel's gateway ({@code SENT}), or kept for display
 * because its channel has no gateway ({@code HELD_DEMO}, as in demo mode). It carries the subject in both languages
 * with whatever is for the customer's eyes only (a link, a code) withheld. For the customer timeline.
 */
public record CustomerMessaged(CustomerId customer, String eventKey, Channel channel, String template,
		NotificationStatus status, String subjectZh, String subjectEn, Instant at) {
}
