package org.clientcare.kpi.internal;

import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.jobs.Job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The nightly KPI roll-up ({@code kpi-rollup}): rebuilds the daily counts of every day up to yesterday from the
 * records, set-based, in one transaction ({@link KpiRollup#rebuild}); a second run writes the same rows. Runs once
 * across the cluster (db-scheduler and the job's advisory lock) at {@code clientcare.kpi.rollup-schedule}.
 */
@Component
class KpiRollupJob implements Job {

	private final KpiRollup rollup;

	KpiRollupJob(KpiRollup rollup) {
		this.rollup = rollup;
	}

	@Override
	public String name() {
		return "kpi-rollup";
	}

	@Override
	public Map<String, Object> run() {
		return rollup.rebuild();
	}

	/** The schedule of the job. */
	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> kpiRollupTask(@Value("${clientcare.kpi.rollup-schedule:DAILY|01:20}") String schedule,
				ObjectProvider<Jobs> jobs) {
			return Jobs.recurring("kpi-rollup", schedule, jobs::getObject);
		}
	}
}
