package org.clientcare.audit;

/**
 * The result of checking the chain: {@code valid} when every entry's hash matches its content and its predecessor,
 * and the sequence has no gap; otherwise the first entry where the chain breaks.
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenEntry) {
}
