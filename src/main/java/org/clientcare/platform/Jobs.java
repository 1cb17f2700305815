package org.clientcare.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.jobs.Job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link Job}s once across all instances: on the schedule through db-scheduler (one instance picks each
 * execution), and on demand under a PostgreSQL advisory lock, so a job never runs twice at the same time.
 */
@Service
public class Jobs {

	private final ObjectProvider<Job> jobs;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Jobs(ObjectProvider<Job> jobs, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transactions = transactions;
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

	/** Runs a job now; empty when it is already running elsewhere. */
	public Optional<Map<String, Object>> run(String name) {
		Job job = find(name).orElseThrow(() -> new org.clientcare.shared.problem.NotFound("Job", name));
		Instant started = clock.instant();
		return transactions.execute(status -> {
			boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lockId(name)).query(Boolean.class).single();
			if (!locked) {
				return Optional.<Map<String, Object>>empty();
			}
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("name", name);
			report.put("startedAt", started);
			CurrentActor.runAs(Actor.system(name), () -> report.put("result", job.run()));
			report.put("finishedAt", clock.instant());
			return Optional.of(report);
		});
	}

	private static long lockId(String name) {
		return 0x4A4F4200000000L | (name.hashCode() & 0xffffffffL);
	}
}
