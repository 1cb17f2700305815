package org.clientcare.customer.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as stored: PII still encrypted, and its masked forms as views show them where they were written
 * ({@link MaskedPii}; a form is null when its value is, or when the row predates them and has not been filled yet).
 */
public record CustomerRow(long id, String customerNo, String type, String name, String idType, byte[] idNumberEnc,
		LocalDate idExpiry, byte[] birthDateEnc, String gender, byte[] phoneEnc, byte[] emailEnc, byte[] addressEnc,
		String occupation, String familyStatus, String status, long orgUnitId, Long managerId, LocalDate relationshipSince,
		String tier, Instant contactVerifiedAt, Instant createdAt, Instant updatedAt, long version, Instant restrictedAt,
		boolean fortuneGlobal500, boolean chinaTop500, String bankBranch, MaskedPii masked) {
}
