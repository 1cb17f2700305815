package org.clientcare.training;

import java.time.Instant;

/** One session of a course (培训场次): when and where it is held. */
public record CourseSession(long id, long courseId, Instant startsAt, String location) {
}
