package org.clientcare.appointment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentSettings;
import org.clientcare.appointment.AppointmentSettings.ServiceSettings;
import org.clientcare.appointment.Slot;
import org.clientcare.appointment.SlotPolicy;
import org.clientcare.appointment.SlotPolicy.AdvisorDay;
import org.clientcare.calendar.CalendarManagement;

import org.springframework.stereotype.Component;

/**
 * The slots of a unit, day and service from the stored advisors, absences and appointments, through
 * {@link SlotPolicy} on the calendar module's working days.
 */
@Component
public class Capacity {

	private final Advisors advisors;

	private final Appointments appointments;

	private final CalendarManagement calendar;

	private final AppointmentSettings settings;

	private final Clock clock;

	Capacity(Advisors advisors, Appointments appointments, CalendarManagement calendar, AppointmentSettings settings,
			Clock clock) {
		this.advisors = advisors;
		this.appointments = appointments;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/** The unit's opening hours: its own, or the configured default. */
	public LocalTime[] openingHours(long orgUnitId) {
		return advisors.openingHours(orgUnitId).orElse(new LocalTime[] { settings.opens(), settings.closes() });
	}

	/** One day as the rule sees it. */
	public record Day(SlotPolicy policy, LocalDate day, boolean workingDay, LocalTime opens, LocalTime closes,
			List<AdvisorDay> advisors) {

		public List<Slot> slots(Instant now) {
			return policy.slots(day, workingDay, opens, closes, now, advisors);
		}

		/** Whether {@code start} is the start of one of the day's slots (before advisors are counted). */
		public boolean isStart(ZonedDateTime start, Instant now) {
			return policy.starts(day, workingDay, opens, closes, now).stream().anyMatch(s -> s.isEqual(start));
		}

		public List<Long> freeAdvisors(ZonedDateTime start) {
			return policy.freeAdvisors(start, advisors);
		}
	}

	/** The day of a unit for a service in a booking window, leaving out the appointment {@code except} if any. */
	public Day day(long orgUnitId, AppointmentService service, ServiceSettings window, LocalDate day, Long except) {
		LocalTime[] hours = openingHours(orgUnitId);
		List<Advisors.OnDay> skilled = advisors.skilled(orgUnitId, service, day.getDayOfWeek());
		List<Long> ids = skilled.stream().map(Advisors.OnDay::userId).toList();
		Instant from = day.atStartOfDay(clock.getZone()).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		Map<Long, List<SlotPolicy.Interval>> absences = ids.isEmpty() ? Map.of() : advisors.absences(ids, from, to);
		Map<Long, List<SlotPolicy.Interval>> held = ids.isEmpty() ? Map.of() : appointments.heldOn(ids, day, except);
		List<AdvisorDay> advisorDays = skilled.stream()
			.map(a -> new AdvisorDay(a.userId(), a.from(), a.to(), absences.getOrDefault(a.userId(), List.of()),
					held.getOrDefault(a.userId(), List.of())))
			.toList();
		return new Day(new SlotPolicy(window, clock.getZone()), day, calendar.isWorkingDay(day), hours[0], hours[1],
				advisorDays);
	}

	/** Whether branches open on {@code day} (a working day of the official calendar), else the next day they do. */
	public org.clientcare.appointment.OpeningDay openingDay(LocalDate day) {
		boolean open = calendar.isWorkingDay(day);
		return new org.clientcare.appointment.OpeningDay(day, open, open ? day : calendar.addWorkingDays(day, 1));
	}

	/** The units where at least one advisor takes appointments. */
	public java.util.Set<Long> staffedUnits() {
		return advisors.unitsWithAdvisors();
	}
}
