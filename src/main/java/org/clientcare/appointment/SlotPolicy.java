package org.clientcare.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.appointment.AppointmentSettings.ServiceSettings;

/**
 * Which slots a service has on a day (§8), as a plain rule. A slot exists only on a working day of the official
 * calendar (调休 weekend days included, holidays never), inside the org unit's opening hours, starting no earlier than
 * the minimum notice from now and on a day within the booking horizon. Slots start at opening time and follow each
 * other every duration plus buffer. A slot's capacity is the skilled advisors on duty for its whole length (inside
 * their working hours, not absent); it is available to the advisors among them with no appointment overlapping it or
 * the buffer after it.
 */
public final class SlotPolicy {

	private final ServiceSettings service;

	private final ZoneId zone;

	public SlotPolicy(ServiceSettings service, ZoneId zone) {
		this.service = service;
		this.zone = zone;
	}

	/** A stretch of time, e.g. an absence or an appointment with the buffer after it. */
	public record Interval(Instant start, Instant end) {

		public boolean overlaps(Instant otherStart, Instant otherEnd) {
			return start.isBefore(otherEnd) && otherStart.isBefore(end);
		}
	}

	/**
	 * An advisor with the service as a skill, on the day in question: working hours ({@code null} when not working
	 * that weekday), absences, and the time taken by appointments (each with its own buffer).
	 */
	public record AdvisorDay(long advisorId, LocalTime from, LocalTime to, List<Interval> absences, List<Interval> booked) {

		boolean onDuty(ZonedDateTime start, ZonedDateTime end) {
			return from != null && !start.toLocalTime().isBefore(from) && !end.toLocalTime().isAfter(to)
					&& start.toLocalDate().equals(end.toLocalDate())
					&& absences.stream().noneMatch(a -> a.overlaps(start.toInstant(), end.toInstant()));
		}

		boolean free(Instant start, Instant blockedUntil) {
			return booked.stream().noneMatch(b -> b.overlaps(start, blockedUntil));
		}
	}

	/**
	 * The starts of the day's slots before advisors are counted: none on a day that is not a working day, outside the
	 * horizon, or already past the minimum notice.
	 */
	public List<ZonedDateTime> starts(LocalDate day, boolean workingDay, LocalTime opens, LocalTime closes, Instant now) {
		List<ZonedDateTime> starts = new ArrayList<>();
		LocalDate today = now.atZone(zone).toLocalDate();
		if (!workingDay || day.isBefore(today) || day.isAfter(today.plus(service.horizon()))) {
			return starts;
		}
		Instant earliest = now.plus(service.minimumNotice());
		Duration step = service.duration().plus(service.buffer());
		for (LocalTime time = opens; !time.plus(service.duration()).isAfter(closes) && !step.isZero(); time = time.plus(step)) {
			ZonedDateTime start = day.atTime(time).atZone(zone);
			if (!start.toInstant().isBefore(earliest)) {
				starts.add(start);
			}
			if (time.plus(step).isBefore(time)) {
				break; // past midnight
			}
		}
		return starts;
	}

	/** The day's slots with their capacity, leaving out those no advisor is on duty for. */
	public List<Slot> slots(LocalDate day, boolean workingDay, LocalTime opens, LocalTime closes, Instant now,
			List<AdvisorDay> advisors) {
		List<Slot> slots = new ArrayList<>();
		for (ZonedDateTime start : starts(day, workingDay, opens, closes, now)) {
			Slot slot = slot(start, advisors);
			if (slot.capacity() > 0) {
				slots.add(slot);
			}
		}
		return slots;
	}

	/** The advisors free for a slot starting at {@code start}, in the order given. */
	public List<Long> freeAdvisors(ZonedDateTime start, List<AdvisorDay> advisors) {
		ZonedDateTime end = start.plus(service.duration());
		Instant blockedUntil = end.toInstant().plus(service.buffer());
		return advisors.stream().filter(a -> a.onDuty(start, end) && a.free(start.toInstant(), blockedUntil))
			.map(AdvisorDay::advisorId).toList();
	}

	private Slot slot(ZonedDateTime start, List<AdvisorDay> advisors) {
		ZonedDateTime end = start.plus(service.duration());
		int capacity = (int) advisors.stream().filter(a -> a.onDuty(start, end)).count();
		return new Slot(start.toInstant(), end.toInstant(), capacity, freeAdvisors(start, advisors).size());
	}
}
