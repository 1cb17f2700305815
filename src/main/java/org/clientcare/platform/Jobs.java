package org.clientcare.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.clientcare.platform.internal.JobRuns;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.jobs.JobStep;
import org.clientcare.shared.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link Job}s once across all instances: on the schedule through db-scheduler (one instance picks each
 * execution), and on demand under a PostgreSQL advisory lock, so a job never runs twice at the same time. Every run
 * is recorded in {@code job_run} with the instance that ran it ({@link JobRun}), from its start; runs cut short by
 * an instance's death are found and their jobs resumed when an instance starts ({@link #recoverAbandonedRuns}).
 */
@Service
public class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final ObjectProvider<Job> jobs;

	private final ObjectProvider<JobStep> steps;

	private final JobRuns runs;

	private final TransactionTemplate transactions;

	private final PlatformSettings settings;

	private final Clock clock;

	/** Writes the start of a run in a transaction of its own, visible while the run's transaction goes on. */
	private final TransactionTemplate startRecords;

	private final ObjectProvider<SchedulerClient> scheduler;

	Jobs(ObjectProvider<Job> jobs, ObjectProvider<JobStep> steps, JobRuns runs, TransactionTemplate transactions,
			PlatformSettings settings, Clock clock, ObjectProvider<SchedulerClient> scheduler) {
		this.startRecords = new TransactionTemplate(transactions.getTransactionManager());
		this.startRecords.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.scheduler = scheduler;
		this.jobs = jobs;
		this.steps = steps;
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
	 * Runs a job now and records the run — as {@code RUNNING} from the moment it holds the job's lock, so that a run
	 * cut short by the instance's death stays visible ({@link #recoverAbandonedRuns}); empty when it is already running
	 * elsewhere (recorded as {@code SKIPPED}). A job that fails is recorded as {@code FAILED} and its exception passes
	 * on.
	 */
	public Optional<Map<String, Object>> run(String name) {
		Job job = find(name).orElseThrow(() -> new NotFound("Job", name));
		Instant[] started = { clock.instant() };
		Long[] runId = { null };
		Optional<Map<String, Object>> report;
		try {
			report = transactions.execute(status -> {
				if (!runs.tryLock(name)) {
					return Optional.<Map<String, Object>>empty();
				}
				// Taken under the lock, so the recorded runs of one job never overlap, on any instance.
				started[0] = clock.instant();
				runId[0] = recordStart(name, started[0]);
				Map<String, Object> answer = new LinkedHashMap<>();
				answer.put("name", name);
				answer.put("instance", settings.instanceName());
				answer.put("startedAt", started[0]);
				CurrentActor.runAs(Actor.system(name), () -> answer.put("result", runWithSteps(job)));
				answer.put("finishedAt", clock.instant());
				if (runId[0] != null) {
					// Done commits with the work, under the lock: a run whose lock is free is never left RUNNING but done.
					@SuppressWarnings("unchecked")
					Map<String, Object> result = (Map<String, Object>) answer.get("result");
					runs.finish(runId[0], name, (Instant) answer.get("finishedAt"), JobRun.Outcome.DONE, result, null,
							((Instant) answer.get("finishedAt")).minus(settings.jobRunRetention()));
				}
				return Optional.of(answer);
			});
		}
		catch (RuntimeException | Error e) {
			record(runId[0], name, started[0], clock.instant(), JobRun.Outcome.FAILED, null,
					e.getClass().getSimpleName() + ": " + e.getMessage());
			throw e;
		}
		if (report.isEmpty()) {
			record(null, name, started[0], clock.instant(), JobRun.Outcome.SKIPPED, null, null);
			return report;
		}
		if (runId[0] == null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> result = (Map<String, Object>) report.get().get("result");
			record(null, name, (Instant) report.get().get("startedAt"), (Instant) report.get().get("finishedAt"),
					JobRun.Outcome.DONE, result, null);
		}
		return report;
	}

	/**
	 * Finds the runs left {@code RUNNING} by an instance that died (its job's lock is free, so no instance runs it),
	 * marks them {@code FAILED} and asks db-scheduler to run their jobs now. Every instance does this as it starts;
	 * answers the names of the jobs resumed.
	 */
	public List<String> recoverAbandonedRuns() {
		List<String> resumed = new java.util.ArrayList<>();
		for (JobRun run : runs.running()) {
			Boolean abandoned = transactions.execute(status -> runs.tryLock(run.job())
					&& runs.running().stream().anyMatch(still -> still.id() == run.id())
					&& markAbandoned(run));
			if (Boolean.TRUE.equals(abandoned) && find(run.job()).isPresent()) {
				log.warn("The run of job {} started at {} on {} was cut short; it is marked failed and the job resumed",
						run.job(), run.startedAt(), run.instance());
				resume(run.job());
				resumed.add(run.job());
			}
		}
		return resumed;
	}

	private boolean markAbandoned(JobRun run) {
		runs.finish(run.id(), run.job(), clock.instant(), JobRun.Outcome.FAILED, null,
				"The instance " + run.instance() + " stopped during the run", clock.instant().minus(settings.jobRunRetention()));
		return true;
	}

	/** The job's scheduled execution moves to now; a job without a schedule runs here, in the background. */
	private void resume(String name) {
		var client = scheduler.getIfAvailable();
		if (client != null) {
			var instance = com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(name, RecurringTask.INSTANCE);
			try {
				if (client.getScheduledExecution(instance).map(execution -> !execution.isPicked()).orElse(false)) {
					client.reschedule(instance, clock.instant());
					return;
				}
				if (client.getScheduledExecution(instance).isPresent()) {
					return; // still picked by the dead instance: db-scheduler revives it after the missed heartbeats
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not reschedule job {}: {}", name, e.getMessage());
			}
		}
		Thread resumption = new Thread(() -> {
			try {
				run(name);
			}
			catch (RuntimeException e) {
				log.warn("The resumed run of job {} failed: {}", name, e.getMessage());
			}
		}, "resume-" + name);
		resumption.setDaemon(true);
		resumption.start();
	}

	private Long recordStart(String name, Instant started) {
		try {
			return startRecords.execute(status -> runs.start(name, settings.instanceName(), started));
		}
		catch (RuntimeException e) {
			log.warn("The start of job {} could not be recorded: {}", name, e.getMessage());
			return null;
		}
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

	/** One page of the runs, newest first, with how many there are: of one job, or of all jobs when {@code job} is null. */
	public ResultPage<JobRun> runs(String job, int page, int size) {
		return new ResultPage<>(runs.page(job, page, size), page, size, runs.count(job));
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
	private void record(Long runId, String name, Instant started, Instant finished, JobRun.Outcome outcome,
			Map<String, Object> result, String error) {
		try {
			Instant keepAfter = finished.minus(settings.jobRunRetention());
			if (runId != null) {
				runs.finish(runId, name, finished, outcome, result, error, keepAfter);
			}
			else {
				runs.record(name, settings.instanceName(), started, finished.isBefore(started) ? started : finished, outcome,
						result, error, keepAfter);
			}
		}
		catch (RuntimeException e) {
			log.warn("The run of job {} ({}) could not be recorded: {}", name, outcome, e.getMessage());
		}
	}

	/**
	 * A job as operators see it: when db-scheduler runs it next ({@code null} when it has no schedule), the instance
	 * running it now ({@code null} when none), and its last recorded run.
	 */
	public record Status(String name, Instant nextRunAt, String runningOn, JobRun lastRun) {
	}
}
