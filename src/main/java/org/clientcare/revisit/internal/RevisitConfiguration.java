package org.clientcare.revisit.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.revisit.RevisitSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revisit settings and the schedules of the planners. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevisitSettings.class)
class RevisitConfiguration {

	@Bean
	RecurringTask<Void> revisitPlanningTask(RevisitSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring("revisit-planning", settings.planningSchedule(), jobs::getObject);
	}

	@Bean
	RecurringTask<Void> reverificationTask(@Value("${clientcare.revisit.reverification-schedule:DAILY|02:45}") String schedule,
			ObjectProvider<Jobs> jobs) {
		return Jobs.recurring("reverification", schedule, jobs::getObject);
	}
}
