package org.clientcare.training;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of training ({@code clientcare.training.*}).
 *
 * @param reminderSchedule when the {@code training-reminders} job runs (db-scheduler), by default {@code DAILY|08:30}
 * @param reminderEveryDays a staff member is reminded of a mandatory course they have not completed at most once in
 *                          this many days (7)
 */
@ConfigurationProperties("clientcare.training")
public record TrainingSettings(String reminderSchedule, int reminderEveryDays) {

	public TrainingSettings {
		reminderSchedule = reminderSchedule == null || reminderSchedule.isBlank() ? "DAILY|08:30" : reminderSchedule;
		reminderEveryDays = reminderEveryDays <= 0 ? 7 : reminderEveryDays;
	}
}
