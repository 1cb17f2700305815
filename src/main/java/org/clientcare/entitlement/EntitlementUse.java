package org.clientcare.entitlement;

import java.time.Instant;

/**
 * A use of an entitlement (权益使用): which customer, which service, the year whose quota it counts against, when, by
 * whom, a note, whether it counts ({@code RECORDED}), waits for approval beyond the quota ({@code PENDING_APPROVAL})
 * or was refused ({@code REJECTED}), and the approval request when it needed one.
 */
public record EntitlementUse(long id, long customerId, String code, String name, int year, Instant usedAt,
		String recordedBy, String note, UseStatus status, Long approvalId) {
}
