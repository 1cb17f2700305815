package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.clientcare.appointment.SlotPolicy.AdvisorDay;
import org.clientcare.appointment.SlotPolicy.Interval;
import org.junit.jupiter.api.Test;

/** The slots of a day, as §8 states them, with the default service settings (30 minutes, 2 hours notice, 30 days). */
class SlotPolicyTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalTime NINE = LocalTime.of(9, 0);

	static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	final SlotPolicy policy = new SlotPolicy(AppointmentSettings.defaults().of(AppointmentService.LOAN), SHANGHAI);

	static Instant at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	static AdvisorDay nineToFive(long id, Interval... booked) {
		return new AdvisorDay(id, NINE, FIVE_PM, List.of(), List.of(booked));
	}

	@Test
	void aWorkingDayFromNineToFiveHasSixteenHalfHourSlotsTheLastStartingAtHalfPastFour() {
		var slots = policy.slots(LocalDate.of(2026, 3, 2), true, NINE, FIVE_PM, at("2026-02-27T10:00"),
				List.of(nineToFive(1)));
		assertThat(slots).hasSize(16);
		assertThat(slots.get(0).start()).isEqualTo(at("2026-03-02T09:00"));
		assertThat(slots.get(15).start()).isEqualTo(at("2026-03-02T16:30"));
		assertThat(slots.get(15).end()).isEqualTo(at("2026-03-02T17:00"));
	}

	@Test
	void aDayThatIsNotAWorkingDayHasNoSlots() {
		assertThat(policy.slots(LocalDate.of(2026, 10, 1), false, NINE, FIVE_PM, at("2026-09-28T10:00"),
				List.of(nineToFive(1)))).isEmpty();
	}

	@Test
	void slotsStartNoEarlierThanTwoHoursFromNow() {
		var slots = policy.slots(LocalDate.of(2026, 3, 2), true, NINE, FIVE_PM, at("2026-03-02T10:10"),
				List.of(nineToFive(1)));
		assertThat(slots.get(0).start()).isEqualTo(at("2026-03-02T12:30"));
	}

	@Test
	void theThirtiethDayAheadHasSlotsAndTheThirtyFirstNone() {
		Instant now = at("2026-03-02T10:00");
		assertThat(policy.slots(LocalDate.of(2026, 4, 1), true, NINE, FIVE_PM, now, List.of(nineToFive(1)))).isNotEmpty();
		assertThat(policy.slots(LocalDate.of(2026, 4, 2), true, NINE, FIVE_PM, now, List.of(nineToFive(1)))).isEmpty();
	}

	@Test
	void capacityCountsTheAdvisorsOnDutyAndAvailabilityThoseStillFree() {
		var booked = new Interval(at("2026-03-02T10:00"), at("2026-03-02T10:30"));
		var slots = policy.slots(LocalDate.of(2026, 3, 2), true, NINE, FIVE_PM, at("2026-02-27T10:00"),
				List.of(nineToFive(1, booked), nineToFive(2)));
		Slot ten = slots.stream().filter(s -> s.start().equals(at("2026-03-02T10:00"))).findFirst().orElseThrow();
		assertThat(ten.capacity()).isEqualTo(2);
		assertThat(ten.available()).isEqualTo(1);
	}

	@Test
	void anAdvisorOnLeaveOrOutsideItsHoursIsNotCounted() {
		var leave = new AdvisorDay(1, NINE, FIVE_PM, List.of(new Interval(at("2026-03-02T09:00"), at("2026-03-02T13:00"))),
				List.of());
		var mornings = new AdvisorDay(2, NINE, LocalTime.of(12, 0), List.of(), List.of());
		var slots = policy.slots(LocalDate.of(2026, 3, 2), true, NINE, FIVE_PM, at("2026-02-27T10:00"), List.of(leave, mornings));
		assertThat(slots).extracting(Slot::capacity).containsOnly(1);
		assertThat(slots.get(0).start()).isEqualTo(at("2026-03-02T09:00"));
		assertThat(slots).extracting(Slot::start).doesNotContain(at("2026-03-02T12:00"), at("2026-03-02T12:30"))
			.contains(at("2026-03-02T13:00"));
	}

	@Test
	void aBufferSpacesTheSlotsAndKeepsTheAdvisorBusyAfterAnAppointment() {
		var withBuffer = new SlotPolicy(new AppointmentSettings.ServiceSettings(java.time.Duration.ofMinutes(45),
				java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(2), java.time.Period.ofDays(30),
				java.time.Duration.ofHours(2)), SHANGHAI);
		var starts = withBuffer.starts(LocalDate.of(2026, 3, 2), true, NINE, FIVE_PM, at("2026-02-27T10:00"));
		assertThat(starts).extracting(ZonedDateTime::toLocalTime).startsWith(NINE, LocalTime.of(10, 0)).hasSize(8);
		var booked = new Interval(at("2026-03-02T09:00"), at("2026-03-02T10:05"));
		assertThat(withBuffer.freeAdvisors(starts.get(1), List.of(nineToFive(7, booked)))).isEmpty();
	}
}
