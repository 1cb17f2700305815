package org.clientcare.training.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.training.Topic;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The training tables: {@code training_course}, {@code training_session}, {@code training_attendance},
 * {@code training_exam_attempt} (append-only), {@code training_completion} and {@code training_assessment}.
 */
@Repository
public class TrainingRecords {

	private static final RowMapper<CourseRow> COURSE = (rs, n) -> new CourseRow(rs.getLong("id"), rs.getString("title"),
			Topic.valueOf(rs.getString("topic")), rs.getBoolean("mandatory"), rs.getBigDecimal("pass_mark"),
			rs.getLong("org_unit_id"), instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getLong("sessions"),
			rs.getLong("completions"));

	private static final String COURSES = """
			select c.*, (select count(*) from training_session s where s.course_id = c.id) as sessions,
			       (select count(*) from training_completion d where d.course_id = c.id) as completions
			from training_course c""";

	private final JdbcClient jdbc;

	TrainingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A course as stored. */
	public record CourseRow(long id, String title, Topic topic, boolean mandatory, BigDecimal passMark, long unitId,
			Instant createdAt, long sessions, long completions) {
	}

	/** An attendance, an exam attempt or an assessment as stored, with the staff member's user id. */
	public record AttendanceRow(long id, long courseId, Long sessionId, long userId, boolean completed, Instant at,
			String by) {
	}

	public record AttemptRow(long id, long courseId, long userId, BigDecimal score, boolean passed, Instant at) {
	}

	public record AssessmentRow(long id, long userId, String quarter, BigDecimal score, Instant at) {
	}

	public record CompletionRow(long courseId, String title, Topic topic, long userId, Instant at) {
	}

	public long insertCourse(String title, Topic topic, boolean mandatory, BigDecimal passMark, long unitId, Instant now,
			String by) {
		return jdbc.sql("""
				insert into training_course (title, topic, mandatory, pass_mark, org_unit_id, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(title, topic.name(), mandatory, passMark, unitId, Timestamp.from(now), by).query(Long.class).single();
	}

	public Optional<CourseRow> course(long id) {
		return jdbc.sql(COURSES + " where c.id = ?").param(id).query(COURSE).optional();
	}

	/** Every course, newest first. */
	public List<CourseRow> courses() {
		return jdbc.sql(COURSES + " order by c.created_at desc, c.id desc").query(COURSE).list();
	}

	public long insertSession(long courseId, Instant startsAt, String location, Instant now, String by) {
		return jdbc.sql("""
				insert into training_session (course_id, starts_at, location, created_at, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(courseId, Timestamp.from(startsAt), location, Timestamp.from(now), by).query(Long.class).single();
	}

	public List<org.clientcare.training.CourseSession> sessions(long courseId) {
		return jdbc.sql("select * from training_session where course_id = ? order by starts_at, id").param(courseId)
			.query((rs, n) -> new org.clientcare.training.CourseSession(rs.getLong("id"), rs.getLong("course_id"),
					instant(rs.getObject("starts_at", OffsetDateTime.class)), rs.getString("location")))
			.list();
	}

	public boolean sessionOf(long sessionId, long courseId) {
		return jdbc.sql("select count(*) from training_session where id = ? and course_id = ?").params(sessionId, courseId)
			.query(Long.class).single() > 0;
	}

	public long insertAttendance(long courseId, Long sessionId, long userId, long unitId, boolean completed, Instant at,
			String by) {
		return jdbc.sql("""
				insert into training_attendance (course_id, session_id, user_id, org_unit_id, completed, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(courseId, sessionId, userId, unitId, completed, Timestamp.from(at), by).query(Long.class).single();
	}

	public long insertAttempt(long courseId, long userId, BigDecimal score, boolean passed, Instant at, String by) {
		return jdbc.sql("""
				insert into training_exam_attempt (course_id, user_id, score, passed, attempted_at, recorded_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(courseId, userId, score, passed, Timestamp.from(at), by).query(Long.class).single();
	}

	/** Whether the staff member attended the course to the end, and their best exam score so far. */
	public boolean attendedToTheEnd(long courseId, long userId) {
		return jdbc.sql("select count(*) from training_attendance where course_id = ? and user_id = ? and completed")
			.params(courseId, userId).query(Long.class).single() > 0;
	}

	public BigDecimal bestScore(long courseId, long userId) {
		return jdbc.sql("select max(score) from training_exam_attempt where course_id = ? and user_id = ?")
			.params(courseId, userId).query(BigDecimal.class).optional().orElse(null);
	}

	/** Records the completion once; answers whether this call recorded it. */
	public boolean complete(long courseId, long userId, long unitId, Instant at) {
		return jdbc.sql("""
				insert into training_completion (course_id, user_id, org_unit_id, completed_at) values (?, ?, ?, ?)
				on conflict (course_id, user_id) do nothing""")
			.params(courseId, userId, unitId, Timestamp.from(at)).update() > 0;
	}

	public List<AttendanceRow> attendance(long courseId) {
		return jdbc.sql("select * from training_attendance where course_id = ? order by recorded_at desc, id desc")
			.param(courseId).query(TrainingRecords::attendanceRow).list();
	}

	public List<AttemptRow> attempts(long courseId) {
		return jdbc.sql("select * from training_exam_attempt where course_id = ? order by attempted_at desc, id desc")
			.param(courseId).query(TrainingRecords::attemptRow).list();
	}

	public List<AttemptRow> attemptsOf(long userId) {
		return jdbc.sql("select * from training_exam_attempt where user_id = ? order by attempted_at desc, id desc")
			.param(userId).query(TrainingRecords::attemptRow).list();
	}

	public List<CompletionRow> completionsOf(long userId) {
		return jdbc.sql("""
				select d.course_id, c.title, c.topic, d.user_id, d.completed_at from training_completion d
				join training_course c on c.id = d.course_id where d.user_id = ? order by d.completed_at desc""")
			.param(userId)
			.query((rs, n) -> new CompletionRow(rs.getLong("course_id"), rs.getString("title"),
					Topic.valueOf(rs.getString("topic")), rs.getLong("user_id"),
					instant(rs.getObject("completed_at", OffsetDateTime.class))))
			.list();
	}

	/** The users among {@code userIds} who completed the course. */
	/**
	 * Up to {@code limit} of the mandatory courses the given staff have not completed, after the first {@code offset}:
	 * the courses newest first, and for each the staff in the order given. A course is mandatory for the staff whose
	 * org unit lies in its unit's subtree: {@code unitPaths} holds each staff member's unit path ({@code /1/3/7/}).
	 */
	public List<OutstandingRow> outstanding(List<Long> userIds, List<String> unitPaths, long offset, int limit) {
		return jdbc.sql(OUTSTANDING + " select c.id, c.title, c.topic, s.user_id " + OUTSTANDING_FROM
				+ " order by c.created_at desc, c.id desc, s.ord limit ? offset ?")
			.params(userIds.toArray(Long[]::new), unitPaths.toArray(String[]::new), limit, offset)
			.query((rs, n) -> new OutstandingRow(rs.getLong("id"), rs.getString("title"), Topic.valueOf(rs.getString("topic")),
					rs.getLong("user_id")))
			.list();
	}

	/** How many mandatory courses the given staff have not completed, course by person ({@link #outstanding}). */
	public long outstandingCount(List<Long> userIds, List<String> unitPaths) {
		return jdbc.sql(OUTSTANDING + " select count(*) " + OUTSTANDING_FROM)
			.params(userIds.toArray(Long[]::new), unitPaths.toArray(String[]::new)).query(Long.class).single();
	}

	private static final String OUTSTANDING = """
			with s as (select * from unnest(cast(? as bigint[]), cast(? as text[])) with ordinality as s(user_id, path, ord))""";

	private static final String OUTSTANDING_FROM = """
			from training_course c join s on s.path like '%/' || c.org_unit_id || '/%'
			where c.mandatory
			  and not exists (select 1 from training_completion d where d.course_id = c.id and d.user_id = s.user_id)""";

	/** A mandatory course a staff member has not completed. */
	public record OutstandingRow(long courseId, String title, Topic topic, long userId) {
	}

	public Set<Long> completedBy(long courseId) {
		return Set.copyOf(jdbc.sql("select user_id from training_completion where course_id = ?").param(courseId)
			.query(Long.class).list());
	}

	/** How many of {@code userIds} completed at least one course in the half-open span of instants. */
	public long trained(Collection<Long> userIds, Instant from, Instant to) {
		if (userIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(distinct user_id) from training_completion
				where completed_at >= ? and completed_at < ? and user_id = any(?::bigint[])""")
			.params(Timestamp.from(from), Timestamp.from(to),
					userIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.query(Long.class).single();
	}

	/** Inserts the assessment; answers nothing when the staff member has one for the quarter already. */
	public Optional<Long> insertAssessment(long userId, long unitId, String quarter, BigDecimal score, Instant now,
			String by) {
		return jdbc.sql("""
				insert into training_assessment (user_id, org_unit_id, quarter, score, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?) on conflict (user_id, quarter) do nothing returning id""")
			.params(userId, unitId, quarter, score, Timestamp.from(now), by).query(Long.class).optional();
	}

	public List<AssessmentRow> assessments(String quarter) {
		return jdbc.sql("select * from training_assessment where quarter = ? order by score desc, id").param(quarter)
			.query(TrainingRecords::assessmentRow).list();
	}

	public List<AssessmentRow> assessmentsOf(long userId) {
		return jdbc.sql("select * from training_assessment where user_id = ? order by quarter desc").param(userId)
			.query(TrainingRecords::assessmentRow).list();
	}

	/** Whether a reminder of the course went to the staff member after {@code since}; records one now if not. */
	public boolean remindOnce(long courseId, long userId, Instant since, Instant now) {
		return jdbc.sql("""
				insert into training_reminder (course_id, user_id, reminded_at) values (?, ?, ?)
				on conflict (course_id, user_id) do update set reminded_at = excluded.reminded_at
				where training_reminder.reminded_at < ?""")
			.params(courseId, userId, Timestamp.from(now), Timestamp.from(since)).update() > 0;
	}

	private static AttendanceRow attendanceRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AttendanceRow(rs.getLong("id"), rs.getLong("course_id"), (Long) rs.getObject("session_id", Long.class),
				rs.getLong("user_id"), rs.getBoolean("completed"), instant(rs.getObject("recorded_at", OffsetDateTime.class)),
				rs.getString("recorded_by"));
	}

	private static AttemptRow attemptRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AttemptRow(rs.getLong("id"), rs.getLong("course_id"), rs.getLong("user_id"), rs.getBigDecimal("score"),
				rs.getBoolean("passed"), instant(rs.getObject("attempted_at", OffsetDateTime.class)));
	}

	private static AssessmentRow assessmentRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AssessmentRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("quarter"), rs.getBigDecimal("score"),
				instant(rs.getObject("recorded_at", OffsetDateTime.class)));
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
