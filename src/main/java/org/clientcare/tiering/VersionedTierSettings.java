package org.clientcare.tiering;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The settings in force: version 0 are the defaults of §3, every change by an administrator adds a version. */
public record VersionedTierSettings(int version, @JsonUnwrapped TierSettings settings, String changedBy,
		Instant changedAt, String reason) {
}
