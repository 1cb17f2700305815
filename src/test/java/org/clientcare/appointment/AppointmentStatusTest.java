package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lifecycle of §8. */
class AppointmentStatusTest {

	@Test
	void aBookedAppointmentIsCheckedInCancelledOrMissedButNotCompleted() {
		assertThat(AppointmentStatus.BOOKED.allows(AppointmentStatus.CHECKED_IN)).isTrue();
		assertThat(AppointmentStatus.BOOKED.allows(AppointmentStatus.CANCELLED)).isTrue();
		assertThat(AppointmentStatus.BOOKED.allows(AppointmentStatus.NO_SHOW)).isTrue();
		assertThat(AppointmentStatus.BOOKED.allows(AppointmentStatus.COMPLETED)).isFalse();
	}

	@Test
	void aCheckedInAppointmentCanOnlyBeCompletedAndAFinishedOneNotChangedAtAll() {
		assertThat(AppointmentStatus.CHECKED_IN.allows(AppointmentStatus.COMPLETED)).isTrue();
		assertThat(AppointmentStatus.CHECKED_IN.allows(AppointmentStatus.CANCELLED)).isFalse();
		for (AppointmentStatus done : new AppointmentStatus[] { AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED,
				AppointmentStatus.NO_SHOW }) {
			for (AppointmentStatus next : AppointmentStatus.values()) {
				assertThat(done.allows(next)).isFalse();
			}
		}
	}

	@Test
	void settingsDefaultToTheSpecAndOneServiceMayDiffer() {
		var defaults = AppointmentSettings.defaults().of(AppointmentService.INSURANCE);
		assertThat(defaults.duration()).hasMinutes(30);
		assertThat(defaults.minimumNotice()).hasHours(2);
		assertThat(defaults.horizon()).hasDays(30);
		assertThat(defaults.cancelCutOff()).hasHours(2);
		var loanHour = new AppointmentSettings(java.util.Map.of(AppointmentService.LOAN, new AppointmentSettings.ServiceSettings(
				java.time.Duration.ofHours(1), null, null, null, null)), null, null, null, null, null, 0, 0);
		assertThat(loanHour.of(AppointmentService.LOAN).duration()).hasHours(1);
		assertThat(loanHour.of(AppointmentService.LOAN).minimumNotice()).hasHours(2);
		assertThat(loanHour.of(AppointmentService.OTHER).duration()).hasMinutes(30);
	}
}
