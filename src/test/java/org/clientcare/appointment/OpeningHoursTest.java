package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.clientcare.appointment.OpeningHours.Span;
import org.junit.jupiter.api.Test;

/** When a unit opens (§8): its working-day hours, and its rest-day hours only when it opens on rest days. */
class OpeningHoursTest {

	static final LocalTime NINE = LocalTime.of(9, 0);

	static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	static final OpeningHours EVERY_DAY = new OpeningHours(NINE, FIVE_PM, true, LocalTime.of(9, 30), LocalTime.of(16, 0));

	static final OpeningHours WORKING_DAYS = OpeningHours.workingDays(NINE, FIVE_PM);

	final SlotPolicy policy = new SlotPolicy(AppointmentSettings.defaults().of(AppointmentService.LOAN),
			SlotPolicyTest.SHANGHAI);

	@Test
	void onAWorkingDayBothUnitsOpenInTheirWorkingDayHours() {
		assertThat(EVERY_DAY.on(true)).contains(new Span(NINE, FIVE_PM));
		assertThat(WORKING_DAYS.on(true)).contains(new Span(NINE, FIVE_PM));
	}

	@Test
	void onARestDayAUnitThatOpensOnRestDaysOpensInItsRestDayHoursAndAnotherIsClosed() {
		assertThat(EVERY_DAY.on(false)).contains(new Span(LocalTime.of(9, 30), LocalTime.of(16, 0)));
		assertThat(WORKING_DAYS.on(false)).isEmpty();
	}

	@Test
	void aSundayAtAUnitOpenOnRestDaysHasSlotsFromHalfPastNineTheLastEndingAtFour() {
		LocalDate sunday = LocalDate.of(2026, 3, 1);
		Span hours = EVERY_DAY.on(false).orElseThrow();

		var slots = policy.slots(sunday, true, hours.opens(), hours.closes(), SlotPolicyTest.at("2026-02-27T10:00"),
				List.of(SlotPolicyTest.nineToFive(1)));

		assertThat(slots).hasSize(13);
		assertThat(slots.get(0).start()).isEqualTo(SlotPolicyTest.at("2026-03-01T09:30"));
		assertThat(slots.get(12).end()).isEqualTo(SlotPolicyTest.at("2026-03-01T16:00"));
	}

	@Test
	void theSpanOfADayHoldsItsOpeningMinuteAndNotItsClosingOne() {
		Span hours = new Span(LocalTime.of(9, 30), LocalTime.of(16, 0));
		assertThat(hours.contains(LocalTime.of(9, 30))).isTrue();
		assertThat(hours.contains(LocalTime.of(9, 29))).isFalse();
		assertThat(hours.contains(LocalTime.of(16, 0))).isFalse();
	}
}
