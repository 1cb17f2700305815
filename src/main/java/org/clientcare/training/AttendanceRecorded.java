package org.clientcare.training;

/** What recording an attendance did: the attendance, the exam attempt it carried (if any), and whether the course is now completed. */
public record AttendanceRecorded(Attendance attendance, ExamAttempt attempt, boolean courseCompleted) {
}
