package org.clientcare.care;

import java.time.OffsetDateTime;

/** A new customer event (SPEC §12 {@code POST /api/v1/events}); {@code orgUnit} by code. */
public record CreateEvent(String title, EventKind kind, OffsetDateTime startsAt, String location, Integer capacity,
		String orgUnit) {
}
