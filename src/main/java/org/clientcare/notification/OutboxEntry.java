package org.clientcare.notification;

import java.time.Instant;

/**
 * One message of the outbox as staff see it: recipient masked, subject and text rendered in the message's language.
 * {@code subject} and {@code text} are {@code null} when the template no longer exists.
 */
public record OutboxEntry(long id, String eventKey, Channel channel, String recipient, String template, String locale,
		String subject, String text, Purpose purpose, Long customerId, NotificationStatus status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
