package org.clientcare.tiering.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule of the tiering job: nightly at 01:30 unless {@code clientcare.tiering.schedule} says otherwise. */
@Configuration(proxyBeanMethods = false)
class TieringConfiguration {

	@Bean
	RecurringTask<Void> tieringTask(@Value("${clientcare.tiering.schedule:DAILY|01:30}") String schedule,
			ObjectProvider<Jobs> jobs) {
		return Jobs.recurring("tiering", schedule, jobs::getObject);
	}
}
