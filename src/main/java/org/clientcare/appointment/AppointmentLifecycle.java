package org.clientcare.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.appointment.AppointmentEvents.AppointmentCancelled;
import org.clientcare.appointment.AppointmentEvents.AppointmentCheckedIn;
import org.clientcare.appointment.AppointmentEvents.AppointmentCompleted;
import org.clientcare.appointment.AppointmentEvents.AppointmentMissed;
import org.clientcare.appointment.AppointmentEvents.AppointmentReassigned;
import org.clientcare.appointment.AppointmentEvents.AppointmentRescheduled;
import org.clientcare.appointment.internal.Advisors;
import org.clientcare.appointment.internal.AppointmentRow;
import org.clientcare.appointment.internal.AppointmentScope;
import org.clientcare.appointment.internal.AppointmentViews;
import org.clientcare.appointment.internal.Appointments;
import org.clientcare.appointment.internal.Capacity;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of an appointment in scope: check-in (on its day), completion (optionally planning a follow-up
 * revisit), cancellation with a reason, no-show (once it started), and moving it to another time or advisor. An
 * illegal step answers {@link Conflict}; each step is audited and published (AppointmentEvents).
 */
@Service
public class AppointmentLifecycle {

	private final AppointmentManagement management;

	private final Appointments appointments;

	private final Advisors advisors;

	private final AppointmentViews views;

	private final Capacity capacity;

	private final AppointmentWriters writers;

	private final IdentityManagement identity;

	private final RevisitManagement revisits;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppointmentLifecycle(AppointmentManagement management, Appointments appointments, Advisors advisors,
			AppointmentViews views, Capacity capacity, AppointmentWriters writers,
			IdentityManagement identity, RevisitManagement revisits, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.management = management;
		this.appointments = appointments;
		this.advisors = advisors;
		this.views = views;
		this.capacity = capacity;
		this.writers = writers;
		this.identity = identity;
		this.revisits = revisits;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AppointmentView checkIn(long id) {
		AppointmentRow row = writable(id);
		allow(row, AppointmentStatus.CHECKED_IN);
		if (!row.day().equals(LocalDate.now(clock))) {
			throw new Conflict("not-today", "Appointment " + row.appointmentNo() + " is on " + row.day());
		}
		Instant now = clock.instant();
		AppointmentView after = step(row, AppointmentStatus.CHECKED_IN, now, null, "appointment.checked-in");
		events.publishEvent(new AppointmentCheckedIn(id, customer(row), row.orgUnitId(), row.advisorId(), now));
		return after;
	}

	/**
	 * Completes a checked-in appointment with the advisor's notes; with {@code revisitOn}, a follow-up revisit of the
	 * customer is planned for that day through the revisit module.
	 */
	@Transactional
	public AppointmentView complete(long id, String notes, LocalDate revisitOn) {
		AppointmentRow row = writable(id);
		text("notes", notes, AppointmentManagement.MAX_NOTES);
		allow(row, AppointmentStatus.COMPLETED);
		if (revisitOn != null && row.customerId() == null) {
			throw InvalidInput.of("revisitOn", "no-customer", "A revisit needs a customer; this visitor is not one");
		}
		if (revisitOn != null && revisitOn.isBefore(LocalDate.now(clock))) {
			throw InvalidInput.of("revisitOn", "range", "A day from today on");
		}
		Instant now = clock.instant();
		AppointmentView after = step(row, AppointmentStatus.COMPLETED, now, AppointmentManagement.blankToNull(notes),
				"appointment.completed");
		if (revisitOn != null) {
			// The advisor may not see the customer (another manager's): the follow-up is the module's own request.
			CurrentActor.runAs(Actor.system("appointment"),
					() -> revisits.planManual(row.customerId(), revisitOn, "预约 " + row.appointmentNo()));
		}
		String advisor = identity.user(row.advisorId()).map(StaffUser::username).orElse(null);
		events.publishEvent(new AppointmentCompleted(id, row.appointmentNo(), customer(row), row.orgUnitId(),
				row.advisorId(), advisor, row.service(), row.startsAt(), row.checkedInAt(), now, after.completionNotes()));
		return after;
	}

	@Transactional
	public AppointmentView cancel(long id, String reason) {
		AppointmentRow row = writable(id);
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "required", "Why the appointment is cancelled");
		}
		text("reason", reason, 500);
		return cancel(row, reason.strip(), false);
	}

	/** Cancels without a staff check: the customer, through the private link. */
	AppointmentView cancel(AppointmentRow row, String reason, boolean byCustomer) {
		allow(row, AppointmentStatus.CANCELLED);
		Instant now = clock.instant();
		AppointmentView after = step(row, AppointmentStatus.CANCELLED, now, reason, "appointment.cancelled");
		events.publishEvent(new AppointmentCancelled(row.id(), customer(row), row.orgUnitId(), row.advisorId(),
				row.startsAt(), reason, byCustomer, now));
		return after;
	}

	@Transactional
	public AppointmentView noShow(long id) {
		AppointmentRow row = writable(id);
		allow(row, AppointmentStatus.NO_SHOW);
		Instant now = clock.instant();
		if (now.isBefore(row.startsAt())) {
			throw new Conflict("not-started", "Appointment " + row.appointmentNo() + " has not started yet");
		}
		AppointmentView after = step(row, AppointmentStatus.NO_SHOW, now, null, "appointment.no-show");
		events.publishEvent(new AppointmentMissed(id, customer(row), row.orgUnitId(), row.advisorId(), row.startsAt(), now));
		return after;
	}

	/** Gives a booked or checked-in appointment to another advisor of its unit, skilled and free then. */
	@Transactional
	public AppointmentView reassign(long id, String advisorUsername) {
		AppointmentRow row = writable(id);
		StaffUser advisor = identity.findUser(advisorUsername == null ? "" : advisorUsername.strip())
			.filter(u -> advisors.unitOf(u.id()).filter(unit -> unit == row.orgUnitId()).isPresent())
			.orElseThrow(() -> InvalidInput.of("advisor", "unknown", "Not an advisor of this unit"));
		if (row.status() != AppointmentStatus.BOOKED && row.status() != AppointmentStatus.CHECKED_IN) {
			throw new Conflict("illegal-step", "Appointment " + row.appointmentNo() + " is " + row.status());
		}
		if (advisor.id() == row.advisorId()) {
			return views.view(row);
		}
		appointments.lockDay(row.orgUnitId(), row.day());
		var day = capacity.day(row.orgUnitId(), row.service(), management.window(customer(row), row.service()), row.day(),
				row.id());
		ZonedDateTime start = row.startsAt().atZone(clock.getZone());
		if (!day.freeAdvisors(start).contains(advisor.id())) {
			throw new Conflict("advisor-not-free", advisor.username() + " is not free for this service then");
		}
		move(row, row.day(), row.startsAt(), row.endsAt(), row.blockedUntil(), advisor.id());
		AppointmentView after = views.view(reread(row));
		audit.record("appointment.reassigned", "appointment", id, state(views.view(row)), state(after));
		events.publishEvent(new AppointmentReassigned(id, customer(row), row.advisorId(), advisor.id()));
		return after;
	}

	/**
	 * The other advisors of the appointment's unit who could take it at its time: skilled in its service and free then
	 * (whom {@link #reassign} accepts).
	 */
	@Transactional(readOnly = true)
	public List<StaffUser> advisorsFreeFor(long id) {
		AppointmentRow row = management.row(id, false);
		var day = capacity.day(row.orgUnitId(), row.service(), management.window(customer(row), row.service()), row.day(),
				row.id());
		return day.freeAdvisors(row.startsAt().atZone(clock.getZone())).stream().filter(advisor -> advisor != row.advisorId())
			.map(identity::user).flatMap(java.util.Optional::stream).filter(StaffUser::enabled).toList();
	}

	/** Moves a booked appointment to another slot of its unit and service; staff or, by link, the customer. */
	@Transactional
	public AppointmentView reschedule(long id, java.time.OffsetDateTime start) {
		return reschedule(writable(id), start);
	}

	AppointmentView reschedule(AppointmentRow row, java.time.OffsetDateTime newStart) {
		if (newStart == null) {
			throw InvalidInput.of("start", "required", "The start of a slot, ISO-8601 with offset");
		}
		if (row.status() != AppointmentStatus.BOOKED) {
			throw new Conflict("illegal-step", "Appointment " + row.appointmentNo() + " is " + row.status());
		}
		ZonedDateTime start = newStart.atZoneSameInstant(clock.getZone());
		var window = management.window(customer(row), row.service());
		appointments.lockDay(row.orgUnitId(), start.toLocalDate());
		var day = capacity.day(row.orgUnitId(), row.service(), window, start.toLocalDate(), row.id());
		long advisor = day.isStart(start, clock.instant()) && day.freeAdvisors(start).contains(row.advisorId())
				? row.advisorId()
				: management.chooseAdvisor(day, start, management.customerForChoice(row.customerId()), start.toLocalDate());
		Instant end = start.toInstant().plus(window.duration());
		move(row, start.toLocalDate(), start.toInstant(), end, end.plus(window.buffer()), advisor);
		AppointmentView after = views.view(reread(row));
		audit.record("appointment.rescheduled", "appointment", row.id(), state(views.view(row)), state(after));
		events.publishEvent(new AppointmentRescheduled(row.id(), customer(row), row.startsAt(), after.start(), advisor));
		return after;
	}

	private void move(AppointmentRow row, LocalDate day, Instant start, Instant end, Instant blockedUntil, long advisor) {
		if (appointments.moveTo(row.id(), row.version(), day, start, end, blockedUntil, advisor) != 1) {
			throw new StaleVersion("Appointment " + row.id());
		}
	}

	private AppointmentRow writable(long id) {
		AppointmentRow row = management.row(id, true);
		writers.requireWriter();
		return row;
	}

	private static void allow(AppointmentRow row, AppointmentStatus next) {
		if (!row.status().allows(next)) {
			throw new Conflict("illegal-step", "Appointment " + row.appointmentNo() + " is " + row.status()
					+ "; it cannot become " + next, Map.of("currentStatus", row.status().name()));
		}
	}

	private AppointmentView step(AppointmentRow row, AppointmentStatus next, Instant at, String text, String action) {
		if (!appointments.step(row.id(), row.version(), next, at, text, CurrentActor.get().username())) {
			throw new StaleVersion("Appointment " + row.id());
		}
		AppointmentView after = views.view(reread(row));
		audit.record(action, "appointment", row.id(), state(views.view(row)), state(after));
		return after;
	}

	private AppointmentRow reread(AppointmentRow row) {
		return appointments.find(row.id(), AppointmentScope.Filter.ALL, false).orElseThrow();
	}

	private static CustomerId customer(AppointmentRow row) {
		return row.customerId() == null ? null : new CustomerId(row.customerId());
	}

	private static void text(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw InvalidInput.of(field, "size", "At most " + max + " characters");
		}
	}

	/** The audited state of an appointment: no contact data, the visitor by name. */
	static Map<String, Object> state(AppointmentView a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("appointmentNo", a.appointmentNo());
		state.put("orgUnit", a.orgUnit());
		state.put("service", a.service().name());
		state.put("start", a.start().toString());
		state.put("status", a.status().name());
		state.put("advisor", a.advisor());
		state.put("customerId", a.customerId());
		state.put("name", a.name());
		state.put("reason", a.cancelReason());
		return state;
	}
}
