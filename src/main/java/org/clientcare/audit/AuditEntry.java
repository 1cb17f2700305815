package org.clientcare.audit;

import java.time.Instant;

/** One entry of the trail; {@code before} and {@code after} are JSON with PII already masked. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String origin, String action, String entityType,
		String entityId, String reason, String before, String after, String prevHash, String hash) {
}
