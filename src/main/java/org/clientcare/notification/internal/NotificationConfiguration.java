package org.clientcare.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.notification.NotificationSettings;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notification settings, and the dispatcher on its schedule ({@code clientcare.notification.dispatch-schedule}): by
 * default every 5 seconds after the previous run ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

	@Bean
	RecurringTask<Void> notificationDispatchTask(ObjectProvider<Jobs> jobsProvider,
			@Value("${clientcare.notification.dispatch-schedule:FIXED_DELAY|5s}") String schedule) {
		return Jobs.recurring(OutboxDispatcher.NAME, schedule, jobsProvider::getObject);
	}
}
