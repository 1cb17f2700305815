package org.clientcare.notification;

import java.time.Instant;

/**
 * One message of the outbox as staff see it: recipient masked, subject and text rendered in the message's language.
 * {@code subject} and {@code text} are {@code null} when the template no longer exists. A value meant for the recipient
 * only (a single-use link, a code) is withheld: the text shows a marker in its place, and {@code withheld} names it
 * (e.g. {@code ["url"]}), so staff see that a link was sent, and to which masked address, but never the link. A
 * message not delivered says why twice: {@code lastErrorCode}, a stable code, and {@code lastError}, in words (a
 * gateway's own answer, or English).
 */
public record OutboxEntry(long id, String eventKey, Channel channel, String recipient, String template, String locale,
		String subject, String text, Purpose purpose, Long customerId, NotificationStatus status, int attempts,
		Instant nextAttemptAt, String lastError, DeliveryFailure lastErrorCode, Instant createdAt, Instant sentAt, java.util.List<String> withheld) {
}
