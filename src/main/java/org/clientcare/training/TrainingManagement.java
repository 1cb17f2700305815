package org.clientcare.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Qualifier;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Target;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.training.internal.TrainingRecords;
import org.clientcare.training.internal.TrainingRecords.CourseRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training records (SPEC §10). Branch managers (their subtree) and administrators create courses and sessions, record
 * attendance, exam attempts and quarterly assessments of staff ({@link Permission#TRAINING_WRITE}); a staff member
 * outside the writer's subtree answers 404. Branch managers read their subtree's records and coverage, compliance and
 * administrators everyone's ({@link Permission#OVERSIGHT_READ}); every staff member reads their own
 * ({@link #mine()}). Exam attempts are appended, never changed; every write is audited.
 */
@Service
public class TrainingManagement {

	private final TrainingRecords records;

	private final TrainingStaff staff;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final Clock clock;

	TrainingManagement(TrainingRecords records, TrainingStaff staff, IdentityManagement identity,
			Authorization authorization, AuditTrail audit, Clock clock) {
		this.records = records;
		this.staff = staff;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a course in an org unit of the caller's subtree; audited. */
	@Transactional
	public Course createCourse(CreateCourse command) {
		authorization.require(Permission.TRAINING_WRITE);
		var problems = new InvalidInput.Collector();
		String title = command.title() == null ? "" : command.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			problems.add("title", "required", "A title of up to 200 characters");
		}
		if (command.topic() == null) {
			problems.add("topic", "required", "COMPLIANCE, PRODUCTS, COMMUNICATION, RISK or LAW");
		}
		if (command.passMark() != null && (command.passMark().signum() < 0
				|| command.passMark().compareTo(BigDecimal.valueOf(100)) > 0 || command.passMark().scale() > 2)) {
			problems.add("passMark", "range", "A pass mark from 0 to 100");
		}
		Optional<OrgUnit> unit = command.orgUnit() == null || command.orgUnit().isBlank()
				? Optional.ofNullable(authorization.subject().orgUnitId()).flatMap(identity::orgUnit)
				: identity.findOrgUnit(command.orgUnit().strip());
		if (unit.isEmpty()) {
			problems.add("orgUnit", "unknown", "The org unit's code");
		}
		problems.throwIfAny();
		authorization.require(Permission.TRAINING_WRITE, Target.unit(unit.get().id()));
		boolean mandatory = Boolean.TRUE.equals(command.mandatory());
		long id = records.insertCourse(title, command.topic(), mandatory, command.passMark(), unit.get().id(),
				clock.instant(), CurrentActor.get().username());
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", title);
		state.put("topic", command.topic().name());
		state.put("mandatory", mandatory);
		state.put("passMark", command.passMark() == null ? "none" : command.passMark().toPlainString());
		state.put("orgUnit", unit.get().code());
		audit.record("training.course-created", "training_course", id, null, state);
		return course(id);
	}

	/** Adds a session to a course; audited. */
	@Transactional
	public CourseSession addSession(long courseId, OffsetDateTime startsAt, String location) {
		CourseRow course = row(courseId);
		authorization.require(Permission.TRAINING_WRITE, Target.unit(course.unitId()));
		var problems = new InvalidInput.Collector();
		if (startsAt == null) {
			problems.add("startsAt", "required", "When the session starts, ISO-8601 with offset");
		}
		if (location == null || location.isBlank() || location.length() > 300) {
			problems.add("location", "required", "A place of up to 300 characters");
		}
		problems.throwIfAny();
		long id = records.insertSession(courseId, startsAt.toInstant(), location.strip(), clock.instant(),
				CurrentActor.get().username());
		audit.record("training.session-added", "training_course", courseId, null,
				Map.of("session", id, "startsAt", startsAt.toInstant().toString(), "location", location.strip()));
		return records.sessions(courseId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Records that a staff member of the caller's subtree attended the course (to the end or not), with the exam score
	 * they got, which is kept as an exam attempt; completes the course when {@link CompletionRule} says so. Audited.
	 */
	@Transactional
	public AttendanceRecorded recordAttendance(long courseId, RecordAttendance command) {
		CourseRow course = row(courseId);
		authorization.require(Permission.TRAINING_WRITE);
		var problems = new InvalidInput.Collector();
		if (command.completed() == null) {
			problems.add("completed", "required", "Whether the staff member attended to the end");
		}
		checkScore(command.score(), problems);
		if (command.sessionId() != null && !records.sessionOf(command.sessionId(), courseId)) {
			problems.add("sessionId", "unknown", "A session of this course");
		}
		StaffUser person = writableStaff(command.username(), problems);
		Instant now = clock.instant();
		String by = CurrentActor.get().username();
		long id = records.insertAttendance(courseId, command.sessionId(), person.id(), person.orgUnitId(),
				command.completed(), now, by);
		ExamAttempt attempt = command.score() == null ? null : attempt(course, person, command.score(), now, by);
		boolean completed = completeIfDone(course, person, now);
		audit.record("training.attendance-recorded", "training_course", courseId, null,
				Map.of("username", person.username(), "completed", command.completed(), "score",
						command.score() == null ? "none" : command.score().toPlainString(), "courseCompleted", completed));
		Attendance attendance = new Attendance(id, courseId, command.sessionId(), person.username(),
				person.displayName(), command.completed(), now, by);
		return new AttendanceRecorded(attendance, attempt, completed);
	}

	/** Appends an exam attempt of a staff member of the caller's subtree (a retake, say); audited. */
	@Transactional
	public AttendanceRecorded recordExamAttempt(long courseId, String username, BigDecimal score) {
		CourseRow course = row(courseId);
		authorization.require(Permission.TRAINING_WRITE);
		var problems = new InvalidInput.Collector();
		if (course.passMark() == null) {
			problems.add("score", "no-exam", "This course has no exam");
		}
		else if (score == null) {
			problems.add("score", "required", "A score from 0 to 100");
		}
		checkScore(score, problems);
		StaffUser person = writableStaff(username, problems);
		Instant now = clock.instant();
		ExamAttempt attempt = attempt(course, person, score, now, CurrentActor.get().username());
		boolean completed = completeIfDone(course, person, now);
		audit.record("training.exam-attempt", "training_course", courseId, null, Map.of("username", person.username(),
				"score", score.toPlainString(), "passed", attempt.passed(), "courseCompleted", completed));
		return new AttendanceRecorded(null, attempt, completed);
	}

	/**
	 * Records a staff member's quarterly skill assessment (one per quarter: a second answers 409); audited.
	 *
	 * @throws InvalidInput naming {@code username}, {@code quarter} (like {@code 2026-Q4}, not in the future) or
	 *                      {@code score} (0 to 100)
	 */
	@Transactional
	public SkillAssessment recordAssessment(String username, String quarter, BigDecimal score) {
		authorization.require(Permission.TRAINING_WRITE);
		var problems = new InvalidInput.Collector();
		Quarter q = Quarter.parse(quarter);
		if (q == null) {
			problems.add("quarter", "type", "A quarter like 2026-Q4");
		}
		else if (q.firstDay().isAfter(LocalDate.now(clock))) {
			problems.add("quarter", "range", "A quarter that has begun");
		}
		if (score == null) {
			problems.add("score", "required", "A score from 0 to 100");
		}
		checkScore(score, problems);
		StaffUser person = writableStaff(username, problems);
		Instant now = clock.instant();
		long id = records.insertAssessment(person.id(), person.orgUnitId(), q.toString(), score, now,
				CurrentActor.get().username())
			.orElseThrow(() -> new Conflict("assessment-exists",
					person.username() + " has an assessment for " + q + " already"));
		audit.record("training.assessment-recorded", "training_assessment", id, null,
				Map.of("username", person.username(), "quarter", q.toString(), "score", score.toPlainString()));
		return new SkillAssessment(id, person.username(), person.displayName(), q.toString(), score, now);
	}

	/** Every course, newest first (courses are no secret to staff). */
	@Transactional(readOnly = true)
	public List<Course> courses() {
		return records.courses().stream().map(this::course).toList();
	}

	@Transactional(readOnly = true)
	public Course course(long id) {
		return course(row(id));
	}

	@Transactional(readOnly = true)
	public List<CourseSession> sessions(long courseId) {
		row(courseId);
		return records.sessions(courseId);
	}

	/** The course's attendance by staff the caller may read, newest first. */
	@Transactional(readOnly = true)
	public List<Attendance> attendance(long courseId) {
		row(courseId);
		Map<Long, StaffUser> readable = staff.byId(readableUnits());
		return records.attendance(courseId).stream().filter(a -> readable.containsKey(a.userId()))
			.map(a -> new Attendance(a.id(), a.courseId(), a.sessionId(), readable.get(a.userId()).username(),
					readable.get(a.userId()).displayName(), a.completed(), a.at(), a.by()))
			.toList();
	}

	/** The course's exam attempts by staff the caller may read, newest first. */
	@Transactional(readOnly = true)
	public List<ExamAttempt> attempts(long courseId) {
		row(courseId);
		Map<Long, StaffUser> readable = staff.byId(readableUnits());
		return records.attempts(courseId).stream().filter(a -> readable.containsKey(a.userId()))
			.map(a -> attempt(a, readable.get(a.userId()))).toList();
	}

	/** The quarter's assessments of staff the caller may read, best first. */
	@Transactional(readOnly = true)
	public List<SkillAssessment> assessments(String quarter) {
		Quarter q = Quarter.parse(quarter);
		if (q == null) {
			throw InvalidInput.of("quarter", "type", "A quarter like 2026-Q4");
		}
		Map<Long, StaffUser> readable = staff.byId(readableUnits());
		return records.assessments(q.toString()).stream().filter(a -> readable.containsKey(a.userId()))
			.map(a -> assessment(a, readable.get(a.userId()))).toList();
	}

	/**
	 * Coverage of an org unit with its subtree (default the caller's; HQ for the whole institution) for the days
	 * {@code from}–{@code to} (default this year up to today).
	 */
	@Transactional(readOnly = true)
	public Coverage coverage(String orgUnit, LocalDate from, LocalDate to) {
		Set<Long> reach = readableUnits();
		OrgUnit unit = orgUnit == null || orgUnit.isBlank()
				? identity.orgUnit(Optional.ofNullable(authorization.subject().orgUnitId()).orElseThrow()).orElseThrow()
				: identity.findOrgUnit(orgUnit.strip()).orElseThrow(() -> new NotFound("Org unit", orgUnit));
		if (reach != null && !reach.contains(unit.id())) {
			throw new NotFound("Org unit", orgUnit);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		if (end.isBefore(start)) {
			throw InvalidInput.of("to", "range", "to lies on or after from");
		}
		Coverage counted = coverageOf(unit.parentId() == null ? null : identity.subtree(unit.id()), null, start, end);
		return Coverage.of(unit.code(), start, end, counted.staff(), counted.trained());
	}

	/** Coverage of every branch, sub-branch and department the caller may read (its subtree's), for the days. */
	@Transactional(readOnly = true)
	public List<Coverage> coverageByUnit(LocalDate from, LocalDate to) {
		Set<Long> reach = readableUnits();
		List<Coverage> rows = new ArrayList<>();
		for (OrgUnit unit : identity.orgUnits()) {
			if (reach == null || reach.contains(unit.id())) {
				Coverage c = coverageOf(unit.parentId() == null ? null : identity.subtree(unit.id()), null, from, to);
				rows.add(Coverage.of(unit.code(), from, to, c.staff(), c.trained()));
			}
		}
		return rows;
	}

	/**
	 * Coverage for another module that has checked its reader's reach already (the KPIs): of the staff of the org units
	 * {@code unitIds} ({@code null}: everyone), or only {@code userId} when given, employed during the days (joined by
	 * {@code to}: the period's headcount, not today's), those who completed a course in the days.
	 */
	@Transactional(readOnly = true)
	public Coverage coverageOf(Collection<Long> unitIds, Long userId, LocalDate from, LocalDate to) {
		List<StaffUser> people = staff.employedBy(to, clock.getZone()).stream()
			.filter(u -> userId == null ? unitIds == null || unitIds.contains(u.orgUnitId()) : u.id() == userId)
			.toList();
		long trained = records.trained(people.stream().map(StaffUser::id).toList(),
				from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
		return Coverage.of(null, from, to, people.size(), trained);
	}

	/** The mandatory courses not yet completed by staff the caller may read. */
	@Transactional(readOnly = true)
	public List<Outstanding> outstanding() {
		Set<Long> reach = readableUnits();
		return staff.outstanding(reach == null ? null : u -> reach.contains(u.orgUnitId()));
	}

	/** One page of {@link #outstanding()}, taken and counted by the database. */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public ResultPage<Outstanding> outstanding(int page, int size) {
		Set<Long> reach = readableUnits();
		return staff.outstanding(reach == null ? null : u -> reach.contains(u.orgUnitId()), page, size);
	}

	/** The signed-in staff member's own training. */
	@Transactional(readOnly = true)
	public TrainingRecord mine() {
		StaffUser me = identity.findUser(authorization.subject().username())
			.orElseThrow(() -> new Forbidden("not-staff", "Only staff keep a training record"));
		List<Completion> completions = records.completionsOf(me.id()).stream()
			.map(c -> new Completion(c.courseId(), c.title(), c.topic(), me.username(), c.at())).toList();
		return new TrainingRecord(me.username(), me.displayName(), completions,
				records.attemptsOf(me.id()).stream().map(a -> attempt(a, me)).toList(),
				records.assessmentsOf(me.id()).stream().map(a -> assessment(a, me)).toList(),
				staff.outstanding(u -> u.id() == me.id()));
	}

	/** Whether the caller may record training (to show the forms). */
	public boolean mayWrite() {
		return authorization.can(Permission.TRAINING_WRITE);
	}

	/** Whether the caller may read other staff's training (the overview). */
	public boolean mayOversee() {
		return authorization.can(Permission.OVERSIGHT_READ) || authorization.can(Permission.TRAINING_WRITE);
	}

	/** The org units whose staff the caller may read; {@code null} for all. 403 for a caller who may read none. */
	private Set<Long> readableUnits() {
		Qualifier reach = authorization.reach(Permission.OVERSIGHT_READ)
			.or(() -> authorization.reach(Permission.TRAINING_WRITE))
			.orElseThrow(() -> new Forbidden("training-read", "Only branch managers, compliance and administrators read training records"));
		return reach == Qualifier.ANY ? null : identity.subtree(authorization.subject().orgUnitId());
	}

	private StaffUser writableStaff(String username, InvalidInput.Collector problems) {
		if (username == null || username.isBlank()) {
			problems.add("username", "required", "The staff member's username");
		}
		problems.throwIfAny();
		StaffUser person = identity.findUser(username.strip()).filter(TrainingStaff::isStaff)
			.orElseThrow(() -> new NotFound("Staff member", username));
		Qualifier reach = authorization.reach(Permission.TRAINING_WRITE).orElseThrow();
		if (reach == Qualifier.OWN_SUBTREE && !identity.subtree(authorization.subject().orgUnitId()).contains(person.orgUnitId())) {
			throw new NotFound("Staff member", username);
		}
		authorization.require(Permission.TRAINING_WRITE, Target.unit(person.orgUnitId()));
		return person;
	}

	private ExamAttempt attempt(CourseRow course, StaffUser person, BigDecimal score, Instant now, String by) {
		boolean passed = CompletionRule.passes(score, course.passMark());
		long id = records.insertAttempt(course.id(), person.id(), score, passed, now, by);
		return new ExamAttempt(id, course.id(), person.username(), score, passed, now);
	}

	private boolean completeIfDone(CourseRow course, StaffUser person, Instant now) {
		if (!CompletionRule.completes(records.attendedToTheEnd(course.id(), person.id()),
				records.bestScore(course.id(), person.id()), course.passMark())) {
			return false;
		}
		records.complete(course.id(), person.id(), person.orgUnitId(), now);
		return true;
	}

	private static void checkScore(BigDecimal score, InvalidInput.Collector problems) {
		if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2)) {
			problems.add("score", "range", "A score from 0 to 100");
		}
	}

	private CourseRow row(long id) {
		return records.course(id).orElseThrow(() -> new NotFound("Course", id));
	}

	private Course course(CourseRow r) {
		return new Course(r.id(), r.title(), r.topic(), r.mandatory(), r.passMark(),
				identity.orgUnit(r.unitId()).map(OrgUnit::code).orElse(null), r.createdAt(), r.sessions(), r.completions());
	}

	private static ExamAttempt attempt(TrainingRecords.AttemptRow a, StaffUser who) {
		return new ExamAttempt(a.id(), a.courseId(), who.username(), a.score(), a.passed(), a.at());
	}

	private static SkillAssessment assessment(TrainingRecords.AssessmentRow a, StaffUser who) {
		return new SkillAssessment(a.id(), who.username(), who.displayName(), a.quarter(), a.score(), a.at());
	}
}
