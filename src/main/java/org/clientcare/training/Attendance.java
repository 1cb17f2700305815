package org.clientcare.training;

import java.time.Instant;

/** A staff member's attendance of a course (or one of its sessions), attended to the end or not. */
public record Attendance(long id, long courseId, Long sessionId, String username, String displayName,
		boolean completed, Instant recordedAt, String recordedBy) {
}
