package org.clientcare.privacy.internal;

import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.privacy.PrivacySettings;
import org.clientcare.privacy.RetentionManagement;
import org.clientcare.shared.jobs.Job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The {@code retention} job (SPEC §11): anonymises the customers whose retention has passed and who have no legal hold,
 * once across instances, nightly at 03:30 unless {@code clientcare.privacy.retention-schedule} says otherwise.
 */
@Component
class RetentionJob implements Job {

	private final RetentionManagement retention;

	RetentionJob(RetentionManagement retention) {
		this.retention = retention;
	}

	@Override
	public String name() {
		return "retention";
	}

	@Override
	public Map<String, Object> run() {
		return retention.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> retentionTask(PrivacySettings settings, ObjectProvider<Jobs> jobs) {
			return Jobs.recurring("retention", settings.retentionSchedule(), jobs::getObject);
		}
	}
}
