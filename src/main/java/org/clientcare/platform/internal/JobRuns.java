package org.clientcare.platform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.platform.JobRun;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code job_run}, each job's advisory lock under which its runs are recorded, and db-scheduler's
 * {@code scheduled_tasks} read for when a job runs next.
 */
@Repository
public class JobRuns {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JobRuns(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Takes the job's transaction-scoped advisory lock without waiting: false when another transaction, on any
	 * instance, holds it (the job is running there).
	 */
	public boolean tryLock(String job) {
		return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lockId(job)).query(Boolean.class).single();
	}

	/** Records a run as it starts ({@code RUNNING}); answers its id. */
	public long start(String job, String instance, Instant startedAt) {
		return jdbc.sql("""
				insert into job_run (job_name, instance, started_at, outcome) values (?, ?, ?, 'RUNNING') returning id""")
			.params(job, cut(instance, 255), Timestamp.from(startedAt)).query(Long.class).single();
	}

	/** Completes a started run and forgets the runs of the same job that started before {@code keepAfter}. */
	public void finish(long id, String job, Instant finishedAt, JobRun.Outcome outcome, Map<String, Object> result,
			String error, Instant keepAfter) {
		jdbc.sql("""
				update job_run set finished_at = greatest(started_at, ?), outcome = ?, result = cast(? as jsonb), error = ?
				where id = ? and outcome = 'RUNNING'""")
			.params(Timestamp.from(finishedAt), outcome.name(), result == null ? null : json.writeValueAsString(result),
					cut(error, 1000), id)
			.update();
		jdbc.sql("delete from job_run where job_name = ? and started_at < ? and outcome <> 'RUNNING'")
			.params(job, Timestamp.from(keepAfter)).update();
	}

	/** Runs still marked {@code RUNNING}, oldest first. */
	public List<JobRun> running() {
		return jdbc.sql("select * from job_run where outcome = 'RUNNING' order by id").query(this::row).list();
	}

	/** Records a finished run and forgets the runs of the same job that started before {@code keepAfter}. */
	public void record(String job, String instance, Instant startedAt, Instant finishedAt, JobRun.Outcome outcome,
			Map<String, Object> result, String error, Instant keepAfter) {
		jdbc.sql("""
				insert into job_run (job_name, instance, started_at, finished_at, outcome, result, error)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(job, cut(instance, 255), Timestamp.from(startedAt), Timestamp.from(finishedAt), outcome.name(),
					result == null ? null : json.writeValueAsString(result), cut(error, 1000))
			.update();
		jdbc.sql("delete from job_run where job_name = ? and started_at < ? and outcome <> 'RUNNING'")
			.params(job, Timestamp.from(keepAfter)).update();
	}

	/** The latest runs, newest first; of one job, or of all when {@code job} is null. */
	public List<JobRun> latest(String job, int count) {
		return jdbc.sql("select * from job_run where (cast(? as varchar) is null or job_name = ?) order by id desc limit ?")
			.params(job, job, count).query(this::row).list();
	}

	/** The page {@code page} of {@code size} of the runs, newest first; of one job, or of all when {@code job} is null. */
	public List<JobRun> page(String job, int page, int size) {
		return jdbc.sql("""
				select * from job_run where (cast(? as varchar) is null or job_name = ?)
				order by id desc limit ? offset ?""").params(job, job, size, (long) page * size).query(this::row).list();
	}

	public long count(String job) {
		return jdbc.sql("select count(*) from job_run where (cast(? as varchar) is null or job_name = ?)")
			.params(job, job).query(Long.class).single();
	}

	public Optional<JobRun> last(String job) {
		return latest(job, 1).stream().findFirst();
	}

	/** When db-scheduler runs a task next, and the instance running it now (null when none). */
	public Optional<Scheduled> scheduled(String task) {
		return jdbc.sql("select execution_time, picked, picked_by from scheduled_tasks where task_name = ? order by execution_time limit 1")
			.param(task)
			.query((rs, n) -> new Scheduled(instant(rs, "execution_time"), rs.getBoolean("picked") ? rs.getString("picked_by") : null))
			.optional();
	}

	private JobRun row(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("result");
		return new JobRun(rs.getLong("id"), rs.getString("job_name"), rs.getString("instance"), instant(rs, "started_at"),
				instant(rs, "finished_at"), JobRun.Outcome.valueOf(rs.getString("outcome")),
				result == null ? null : json.readValue(result, MAP), rs.getString("error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static long lockId(String job) {
		return 0x4A4F4200000000L | (job.hashCode() & 0xffffffffL);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** When db-scheduler runs a task next, and the instance running it now (null when none). */
	public record Scheduled(Instant nextRunAt, String runningOn) {
	}
}
