package org.clientcare.care.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.care.CareSettings;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The care settings and the schedules of the greetings and campaigns jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareSettings.class)
class CareConfiguration {

	@Bean
	RecurringTask<Void> greetingsTask(CareSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring(GreetingsJob.NAME, settings.greetingsSchedule(), jobs::getObject);
	}

	@Bean
	RecurringTask<Void> campaignsTask(CareSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring(CampaignsJob.NAME, settings.campaignSchedule(), jobs::getObject);
	}
}
