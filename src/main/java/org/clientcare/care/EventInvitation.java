package org.clientcare.care;

import java.time.Instant;

/** An invitation to an event as staff see it (never its private link). */
public record EventInvitation(long id, long eventId, long customerId, String customerName, String invitationNo,
		InvitationStatus status, Instant invitedAt, Instant respondedAt, Instant attendedAt) {
}
