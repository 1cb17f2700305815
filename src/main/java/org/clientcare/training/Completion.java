package org.clientcare.training;

import java.time.Instant;

/** A course a staff member completed, and when. */
public record Completion(long courseId, String courseTitle, Topic topic, String username, Instant completedAt) {
}
