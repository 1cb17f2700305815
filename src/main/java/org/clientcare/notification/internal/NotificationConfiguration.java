package org.clientcare.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.notification.NotificationSettings;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Notification settings, and the dispatcher on its schedule: every 5 seconds after the previous run ended. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

	@Bean
	RecurringTask<Void> notificationDispatchTask(ObjectProvider<Jobs> jobsProvider) {
		return Jobs.recurring(OutboxDispatcher.NAME, "FIXED_DELAY|5s", jobsProvider::getObject);
	}
}
