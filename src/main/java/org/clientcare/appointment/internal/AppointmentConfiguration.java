package org.clientcare.appointment.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.appointment.AppointmentSettings;
import org.clientcare.platform.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appointment settings and the schedule of the reminders job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppointmentSettings.class)
class AppointmentConfiguration {

	@Bean
	RecurringTask<Void> appointmentRemindersTask(AppointmentSettings settings, ObjectProvider<Jobs> jobs) {
		return Jobs.recurring(AppointmentReminders.NAME, settings.reminderSchedule(), jobs::getObject);
	}
}
