package org.clientcare.training.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.training.TrainingSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The training settings and the schedule of the {@code training-reminders} job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingSettings.class)
class TrainingConfiguration {

	@Bean
	RecurringTask<Void> trainingRemindersTask(TrainingSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring("training-reminders", settings.reminderSchedule(), jobs::getObject);
	}
}
