package org.clientcare.platform.internal;

import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import org.clientcare.platform.PlatformSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler knows this instance by {@code clientcare.instance-name}, the same name the job runs and imports
 * record, so {@code scheduled_tasks.picked_by} tells which instance is running an execution even when several run
 * on one host.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	DbSchedulerCustomizer instanceNamedScheduler(PlatformSettings settings) {
		return new DbSchedulerCustomizer() {
			@Override
			public Optional<SchedulerName> schedulerName() {
				return Optional.of(new SchedulerName.Fixed(settings.instanceName()));
			}
		};
	}
}
