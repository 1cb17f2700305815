package org.clientcare.appointment;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of §8 ({@code clientcare.appointment.*}). Each service has a duration (default 30 minutes), a buffer
 * after it (default none), a minimum notice (2 hours), a booking horizon (30 days) and a cancel cut-off (until 2 hours
 * before); {@code services.<SERVICE>.<field>} changes one service. Org units open 09:00–17:00 unless an admin set
 * their hours. Reminders run on {@code reminderSchedule}. The public page sends an SMS code valid for
 * {@code codeValidFor} (10 minutes), tried at most {@code codeAttempts} times (5), and at most
 * {@code codesPerMobilePerHour} codes (5) to one number in an hour.
 */
@ConfigurationProperties("clientcare.appointment")
public record AppointmentSettings(Map<AppointmentService, ServiceSettings> services, ServiceSettings serviceDefaults,
		LocalTime opens, LocalTime closes, String reminderSchedule, Duration codeValidFor,
		int codeAttempts, int codesPerMobilePerHour) {

	public AppointmentSettings {
		serviceDefaults = ServiceSettings.DEFAULT.with(serviceDefaults);
		Map<AppointmentService, ServiceSettings> merged = new EnumMap<>(AppointmentService.class);
		for (AppointmentService service : AppointmentService.values()) {
			ServiceSettings own = services == null ? null : services.get(service);
			merged.put(service, serviceDefaults.with(own));
		}
		services = Map.copyOf(merged);
		opens = opens == null ? LocalTime.of(9, 0) : opens;
		closes = closes == null ? LocalTime.of(17, 0) : closes;
		reminderSchedule = reminderSchedule == null ? "DAILY|09:00,13:00,17:00" : reminderSchedule;
		codeValidFor = codeValidFor == null ? Duration.ofMinutes(10) : codeValidFor;
		codeAttempts = codeAttempts == 0 ? 5 : codeAttempts;
		codesPerMobilePerHour = codesPerMobilePerHour == 0 ? 5 : codesPerMobilePerHour;
	}

	public static AppointmentSettings defaults() {
		return new AppointmentSettings(null, null, null, null, null, null, 0, 0);
	}

	/** The settings of one service, its own values over the defaults. */
	public ServiceSettings of(AppointmentService service) {
		return services.get(service);
	}

	/**
	 * How one service books: how long it lasts, the pause its advisor needs after it, how early and how far ahead it
	 * may be booked, and until when before its start the customer may cancel or reschedule.
	 */
	public record ServiceSettings(Duration duration, Duration buffer, Duration minimumNotice, Period horizon,
			Duration cancelCutOff) {

		static final ServiceSettings DEFAULT = new ServiceSettings(Duration.ofMinutes(30), Duration.ZERO,
				Duration.ofHours(2), Period.ofDays(30), Duration.ofHours(2));

		/** These settings with the values {@code more} sets put over them. */
		ServiceSettings with(ServiceSettings more) {
			if (more == null) {
				return this;
			}
			return new ServiceSettings(more.duration != null ? more.duration : duration,
					more.buffer != null ? more.buffer : buffer, more.minimumNotice != null ? more.minimumNotice : minimumNotice,
					more.horizon != null ? more.horizon : horizon, more.cancelCutOff != null ? more.cancelCutOff : cancelCutOff);
		}
	}
}
