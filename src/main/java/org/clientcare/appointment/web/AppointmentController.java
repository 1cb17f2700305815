package org.clientcare.appointment.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientcare.appointment.AppointmentLifecycle;
import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentStatus;
import org.clientcare.appointment.AppointmentView;
import org.clientcare.appointment.BookAppointment;
import org.clientcare.appointment.Slot;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The appointment rows of §12: services, slots, booking, the list, and the lifecycle steps. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Appointments", description = "预约: services, slots on the official calendar, booking and its lifecycle")
class AppointmentController {

	private final AppointmentManagement appointments;

	private final AppointmentLifecycle lifecycle;

	private final MessageSource messages;

	AppointmentController(AppointmentManagement appointments, AppointmentLifecycle lifecycle, MessageSource messages) {
		this.appointments = appointments;
		this.lifecycle = lifecycle;
		this.messages = messages;
	}

	record ServiceAnswer(AppointmentService code, String name, int durationMinutes) {
	}

	@GetMapping("/appointment-services")
	@Operation(summary = "The bookable services with their names and durations")
	List<ServiceAnswer> services() {
		Locale locale = LocaleContextHolder.getLocale();
		return appointments.services().stream().map(s -> new ServiceAnswer(s.code(),
				messages.getMessage("appointment.service." + s.code(), null, s.code().name(), locale), s.durationMinutes()))
			.toList();
	}

	@GetMapping("/appointment-slots")
	@Operation(summary = "The slots of a service at a branch on a day; [] on a day that is not a working day")
	List<Slot> slots(@RequestParam(required = false) @Size(max = 32) String orgUnit,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) AppointmentService service,
			@RequestParam(required = false) Long customerId) {
		return appointments.slots(orgUnit, date, service, customerId == null ? null : new CustomerId(customerId));
	}

	record Booking(@Size(max = 32) String orgUnit, AppointmentService service, OffsetDateTime start, Long customerId,
			String name, String mobile, String email, String notes) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.CUSTOMER)
	@PostMapping("/appointments")
	@Operation(summary = "Book a slot: 201; the slot full: 409; a start that is not a slot: 400 naming start")
	ResponseEntity<AppointmentView> book(@RequestBody Booking body) {
		AppointmentView booked = appointments.book(new BookAppointment(body.orgUnit(), body.service(), body.start(),
				body.customerId(), body.name(), body.mobile(), body.email(), body.notes(), LocaleContextHolder.getLocale()));
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
	}

	@GetMapping("/appointments")
	@Operation(summary = "Appointments within the caller's scope, by start")
	ResultPage<AppointmentView> list(@RequestParam(required = false) @Size(max = 32) String orgUnit,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) @Size(max = 64) String advisor,
			@RequestParam(required = false) AppointmentStatus status, @RequestParam(required = false) Long customerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return appointments.list(orgUnit, date, advisor, status, customerId, page, size);
	}

	@GetMapping("/appointments/{id}")
	AppointmentView get(@PathVariable long id) {
		return appointments.get(id);
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/check-in")
	@Operation(summary = "The visitor arrived (on the appointment's day); an illegal step: 409")
	AppointmentView checkIn(@PathVariable long id) {
		return lifecycle.checkIn(id);
	}

	record Completion(String notes, LocalDate revisitOn) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/complete")
	@Operation(summary = "The visitor was served; revisitOn plans a follow-up revisit; an illegal step: 409")
	AppointmentView complete(@PathVariable long id, @RequestBody(required = false) Completion body) {
		return lifecycle.complete(id, body == null ? null : body.notes(), body == null ? null : body.revisitOn());
	}

	record Cancellation(String reason) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/cancel")
	@Operation(summary = "Cancel with a reason; an illegal step: 409")
	AppointmentView cancel(@PathVariable long id, @RequestBody(required = false) Cancellation body) {
		return lifecycle.cancel(id, body == null ? null : body.reason());
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/no-show")
	@Operation(summary = "The visitor did not come (after the start); an illegal step: 409")
	AppointmentView noShow(@PathVariable long id) {
		return lifecycle.noShow(id);
	}

	record Reassignment(@Size(max = 64) String advisor) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/reassign")
	@Operation(summary = "Give the appointment to another advisor of its unit, skilled and free then")
	AppointmentView reassign(@PathVariable long id, @RequestBody(required = false) Reassignment body) {
		return lifecycle.reassign(id, body == null ? null : body.advisor());
	}

	record Rescheduling(OffsetDateTime start) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointments/{id}/reschedule")
	@Operation(summary = "Move a booked appointment to another slot of its unit and service")
	AppointmentView reschedule(@PathVariable long id, @RequestBody(required = false) Rescheduling body) {
		return lifecycle.reschedule(id, body == null ? null : body.start());
	}
}
