package org.clientcare.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.jobs.JobStep;
import org.clientcare.shared.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link Job}s once across all instances: on the schedule through db-scheduler (one instance picks each
 * execution), and on demand under a PostgreSQL advisory lock, so a job never runs twice at the same time. Every run
 * is recorded in {@code job_run} with the instance that ran it ({@link JobRun}).
 */
@Service
public class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final ObjectProvider<Job> jobs;

	private final ObjectProvider<JobStep> steps;

	private final JdbcClient jdbc;

	private final JobRuns runs;

	private final TransactionTemplate transactions;

	private final PlatformSettings settings;

	private final Clock clock;

	Jobs(ObjectProvider<Job> jobs, ObjectProvider<JobStep> steps, JdbcClient jdbc, JobRuns runs, TransactionTemplate transactions,
			PlatformSettings settings, Clock clock) {
		this.jobs = jobs;
		this.steps = steps;
		this.jdbc = jdbc;
		this.runs = runs;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A db-scheduler task running a job on a schedule, e.g. {@code FIXED_DELAY|300s} or {@code DAILY|01:30}; modules
	 * declare it as a bean next to their job.
	 */
	public static RecurringTask<Void> recurring(String name, String schedule, Supplier<Jobs> jobs) {
		return Tasks.recurring(name, Schedules.parseSchedule(schedule))
			.execute((instance, context) -> jobs.get().run(name));
	}

	public Optional<Job> find(String name) {
		return jobs.orderedStream().filter(job -> job.name().equals(name)).findFirst();
	}

	/** The names of all jobs, sorted. */
	public List<String> names() {
		return jobs.orderedStream().map(Job::name).sorted().toList();
	}

	/**
	 * Runs a job now and records the run; empty when it is already running elsewhere (recorded as {@code SKIPPED}). A
	 * job that fails is recorded as {@code FAILED} and its exception passes on.
	 */
	public Optional<Map<String, Object>> run(String name) {
		Job job = find(name).orElseThrow(() -> new NotFound("Job", name));
		Instant[] started = { clock.instant() };
		Optional<Map<String, Object>> report;
		try {
			report = transactions.execute(status -> {
				boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lockId(name)).query(Boolean.class).single();
				if (!locked) {
					return Optional.<Map<String, Object>>empty();
				}
				// Taken under the lock, so the recorded runs of one job never overlap, on any instance.
				started[0] = clock.instant();
				Map<String, Object> answer = new LinkedHashMap<>();
				answer.put("name", name);
				answer.put("instance", settings.instanceName());
				answer.put("startedAt", started[0]);
				CurrentActor.runAs(Actor.system(name), () -> answer.put("result", runWithSteps(job)));
				answer.put("finishedAt", clock.instant());
				return Optional.of(answer);
			});
		}
		catch (RuntimeException | Error e) {
			record(name, started[0], clock.instant(), JobRun.Outcome.FAILED, null,
					e.getClass().getSimpleName() + ": " + e.getMessage());
			throw e;
		}
		if (report.isEmpty()) {
			record(name, started[0], clock.instant(), JobRun.Outcome.SKIPPED, null, null);
			return report;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) report.get().get("result");
		record(name, (Instant) report.get().get("startedAt"), (Instant) report.get().get("finishedAt"), JobRun.Outcome.DONE,
				result, null);
		return report;
	}

	/** The job, then the {@link JobStep}s other modules added to it, each's counts under its name. */
	private Map<String, Object> runWithSteps(Job job) {
		Map<String, Object> result = new LinkedHashMap<>(job.run());
		steps.orderedStream().filter(step -> step.job().equals(job.name()))
			.forEach(step -> result.put(step.name(), step.run()));
		return result;
	}

	/** The latest runs, newest first: of one job, or of all jobs when {@code job} is null. */
	public List<JobRun> runs(String job, int count) {
		return runs.latest(job, Math.max(1, Math.min(count, 500)));
	}

	/** Each job with its next scheduled run, the instance running it now, and its last recorded run. */
	public List<Status> statuses() {
		return names().stream().map(name -> {
			Optional<JobRuns.Scheduled> scheduled = runs.scheduled(name);
			return new Status(name, scheduled.map(JobRuns.Scheduled::nextRunAt).orElse(null),
					scheduled.map(JobRuns.Scheduled::runningOn).orElse(null), runs.last(name).orElse(null));
		}).toList();
	}

	/** A run that was done must not turn into a failure because its record could not be written. */
	private void record(String name, Instant started, Instant finished, JobRun.Outcome outcome, Map<String, Object> result,
			String error) {
		try {
			runs.record(name, settings.instanceName(), started, finished.isBefore(started) ? started : finished, outcome,
					result, error, finished.minus(settings.jobRunRetention()));
		}
		catch (RuntimeException e) {
			log.warn("The run of job {} ({}) could not be recorded: {}", name, outcome, e.getMessage());
		}
	}

	private static long lockId(String name) {
		return 0x4A4F4200000000L | (name.hashCode() & 0xffffffffL);
	}

	/**
	 * A job as operators see it: when db-scheduler runs it next ({@code null} when it has no schedule), the instance
	 * running it now ({@code null} when none), and its last recorded run.
	 */
	public record Status(String name, Instant nextRunAt, String runningOn, JobRun lastRun) {
	}
}
