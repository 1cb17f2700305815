package org.clientcare.appointment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentSettings;
import org.clientcare.appointment.AppointmentSettings.ServiceSettings;
import org.clientcare.appointment.OpeningDay;
import org.clientcare.appointment.OpeningHours;
import org.clientcare.appointment.Slot;
import org.clientcare.appointment.SlotPolicy;
import org.clientcare.appointment.SlotPolicy.AdvisorDay;
import org.clientcare.calendar.CalendarManagement;

import org.springframework.stereotype.Component;

/**
 * The slots of a unit, day and service from the stored advisors, absences and appointments, through
 * {@link SlotPolicy} on the days the unit opens: the calendar module's working days, and its rest days for a unit that
 * opens on them ({@link OpeningHours}).
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

	/** The unit's opening hours: its own, or the configured default on working days only. */
	public OpeningHours openingHours(long orgUnitId) {
		return advisors.openingHours(orgUnitId).orElse(OpeningHours.workingDays(settings.opens(), settings.closes()));
	}

	/** The unit's hours on {@code day} ({@link OpeningHours#on}), none when it is closed that day. */
	public Optional<OpeningHours.Span> hoursOn(long orgUnitId, LocalDate day) {
		return openingHours(orgUnitId).on(calendar.isWorkingDay(day));
	}

	/** One day as the rule sees it. */
	public record Day(SlotPolicy policy, LocalDate day, boolean open, LocalTime opens, LocalTime closes,
			List<AdvisorDay> advisors) {

		public List<Slot> slots(Instant now) {
			return policy.slots(day, open, opens, closes, now, advisors);
		}

		/** Whether {@code start} is the start of one of the day's slots (before advisors are counted). */
		public boolean isStart(ZonedDateTime start, Instant now) {
			return policy.starts(day, open, opens, closes, now).stream().anyMatch(s -> s.isEqual(start));
		}

		public List<Long> freeAdvisors(ZonedDateTime start) {
			return policy.freeAdvisors(start, advisors);
		}
	}

	/** The day of a unit for a service in a booking window, leaving out the appointment {@code except} if any. */
	public Day day(long orgUnitId, AppointmentService service, ServiceSettings window, LocalDate day, Long except) {
		Optional<OpeningHours.Span> hours = hoursOn(orgUnitId, day);
		OpeningHours.Span span = hours.orElse(new OpeningHours.Span(settings.opens(), settings.closes()));
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
		return new Day(new SlotPolicy(window, clock.getZone()), day, hours.isPresent(), span.opens(), span.closes(),
				advisorDays);
	}

	/**
	 * Whether a unit opens on {@code day} (a working day of the official calendar, or a rest day when it opens on rest
	 * days) with its hours that day, else the next day it does.
	 */
	public OpeningDay openingDay(long orgUnitId, LocalDate day) {
		OpeningHours hours = openingHours(orgUnitId);
		Optional<OpeningHours.Span> today = hours.on(calendar.isWorkingDay(day));
		LocalDate next = day;
		if (today.isEmpty()) {
			next = hours.restDays() ? day.plusDays(1) : calendar.addWorkingDays(day, 1);
		}
		return new OpeningDay(day, today.isPresent(), next, today.orElse(null), today.isPresent() && !calendar.isWorkingDay(day));
	}

	/** The units where at least one advisor takes appointments. */
	public java.util.Set<Long> staffedUnits() {
		return advisors.unitsWithAdvisors();
	}
}
