package org.clientcare.training;

/** A mandatory course a staff member has not completed yet. */
public record Outstanding(String username, String displayName, String orgUnit, long courseId, String courseTitle,
		Topic topic) {
}
