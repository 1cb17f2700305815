package org.clientcare.audit;

import java.time.Instant;

/**
 * One entry of the trail; {@code before} and {@code after} are JSON with PII already masked; {@code hash} is the
 * HMAC-SHA256 of the entry and its predecessor's hash under the audit key {@code keyId} ({@code null} on entries
 * written before the chain was keyed, whose hash is a plain SHA-256).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String origin, String action, String entityType,
		String entityId, String reason, String before, String after, String prevHash, String hash, Short keyId) {

	/** An entry to be sealed (no hash, no key yet). */
	public AuditEntry(long seq, Instant occurredAt, String actor, String origin, String action, String entityType,
			String entityId, String reason, String before, String after, String prevHash, String hash) {
		this(seq, occurredAt, actor, origin, action, entityType, entityId, reason, before, after, prevHash, hash, null);
	}
}
