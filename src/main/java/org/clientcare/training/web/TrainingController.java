package org.clientcare.training.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;
import org.clientcare.training.AttendanceRecorded;
import org.clientcare.training.Course;
import org.clientcare.training.CourseSession;
import org.clientcare.training.Coverage;
import org.clientcare.training.CreateCourse;
import org.clientcare.training.Outstanding;
import org.clientcare.training.RecordAttendance;
import org.clientcare.training.SkillAssessment;
import org.clientcare.training.TrainingManagement;
import org.clientcare.training.TrainingRecord;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training API (§12): {@code POST /api/v1/training/courses}, {@code .../courses/{id}/sessions},
 * {@code .../courses/{id}/attendance} {@code {username, completed, score?, sessionId?}},
 * {@code .../courses/{id}/exam-attempts} {@code {username, score}}, {@code POST /api/v1/training/assessments}
 * {@code {username, quarter, score}} and {@code GET /api/v1/training/coverage?orgUnit=&from=&to=} →
 * {@code {staff, trained, coverage}}; the caller's own record at {@code GET /api/v1/training/me}.
 */
@RestController
class TrainingController {

	private final TrainingManagement training;

	TrainingController(TrainingManagement training) {
		this.training = training;
	}

	record SessionBody(OffsetDateTime startsAt, String location) {
	}

	record AttemptBody(String username, BigDecimal score) {
	}

	record AssessmentBody(String username, String quarter, BigDecimal score) {
	}

	@Requires(Permission.TRAINING_WRITE)
	@PostMapping("/api/v1/training/courses")
	ResponseEntity<Course> create(@RequestBody CreateCourse body) {
		Course course = training.createCourse(body);
		return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.id())).body(course);
	}

	@GetMapping("/api/v1/training/courses")
	ResultPage<Course> courses(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(training.courses(), page, size);
	}

	@GetMapping("/api/v1/training/courses/{id}")
	Course course(@PathVariable long id) {
		return training.course(id);
	}

	@Requires(value = Permission.TRAINING_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/training/courses/{id}/sessions")
	ResponseEntity<CourseSession> addSession(@PathVariable long id, @RequestBody SessionBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(training.addSession(id, body.startsAt(), body.location()));
	}

	@Requires(value = Permission.TRAINING_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/training/courses/{id}/attendance")
	ResponseEntity<AttendanceRecorded> attend(@PathVariable long id, @RequestBody RecordAttendance body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(training.recordAttendance(id, body));
	}

	@Requires(value = Permission.TRAINING_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/training/courses/{id}/exam-attempts")
	ResponseEntity<AttendanceRecorded> attempt(@PathVariable long id, @RequestBody AttemptBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(training.recordExamAttempt(id, body.username(), body.score()));
	}

	@Requires(Permission.TRAINING_WRITE)
	@PostMapping("/api/v1/training/assessments")
	ResponseEntity<SkillAssessment> assess(@RequestBody AssessmentBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(training.recordAssessment(body.username(), body.quarter(), body.score()));
	}

	@GetMapping("/api/v1/training/assessments")
	ResultPage<SkillAssessment> assessments(@RequestParam String quarter,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(training.assessments(quarter), page, size);
	}

	@GetMapping("/api/v1/training/coverage")
	Coverage coverage(@RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return training.coverage(orgUnit, from, to);
	}

	@GetMapping("/api/v1/training/outstanding")
	ResultPage<Outstanding> outstanding(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return training.outstanding(page, size);
	}

	@GetMapping("/api/v1/training/me")
	TrainingRecord mine() {
		return training.mine();
	}
}
