package org.clientcare.customer;

import java.time.Instant;

/** One consent record: granted or withdrawn, when, through which channel, recorded by whom. */
public record Consent(ConsentPurpose purpose, boolean granted, String channel, Instant recordedAt, String recordedBy) {
}
