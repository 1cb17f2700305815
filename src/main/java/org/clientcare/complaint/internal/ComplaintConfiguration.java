package org.clientcare.complaint.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint settings and the schedule of the SLA sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintSettings.class)
class ComplaintConfiguration {

	@Bean
	RecurringTask<Void> slaSweepTask(ComplaintSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring("sla-sweep", settings.sweepSchedule(), jobs::getObject);
	}
}
