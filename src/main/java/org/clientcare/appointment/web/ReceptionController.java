package org.clientcare.appointment.web;

import java.net.URI;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientcare.appointment.AdvisorManagement;
import org.clientcare.appointment.AdvisorSchedule;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.WalkInManagement;
import org.clientcare.appointment.WalkInView;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reception: advisors with their skills, hours and absences, opening hours, and the walk-in queue. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "Reception", description = "接待: advisors, opening hours and the walk-in queue")
class ReceptionController {

	private final AdvisorManagement advisors;

	private final WalkInManagement walkIns;

	ReceptionController(AdvisorManagement advisors, WalkInManagement walkIns) {
		this.advisors = advisors;
		this.walkIns = walkIns;
	}

	@GetMapping("/appointment-advisors")
	@Operation(summary = "Advisors of a unit and the units below it (all without orgUnit)")
	ResultPage<AdvisorSchedule> advisors(@RequestParam(required = false) @Size(max = 32) String orgUnit,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(advisors.advisors(orgUnit), page, size);
	}

	record Configuration(Set<AppointmentService> skills, List<AdvisorSchedule.Hours> hours) {
	}

	@Requires(value = Permission.APPOINTMENT_SCHEDULE, names = Names.SCOPED_RECORD)
	@PutMapping("/appointment-advisors/{username}")
	@Operation(summary = "Make a staff member an advisor of its unit with these skills and working hours")
	AdvisorSchedule configure(@PathVariable @Size(max = 64) String username, @RequestBody Configuration body) {
		return advisors.configure(username, body.skills(), body.hours());
	}

	record Absence(AdvisorSchedule.AbsenceKind kind, OffsetDateTime from, OffsetDateTime to, String note) {
	}

	@Requires(value = Permission.APPOINTMENT_SCHEDULE, names = Names.SCOPED_RECORD)
	@PostMapping("/appointment-advisors/{username}/absences")
	@Operation(summary = "Record an absence (leave, training) of an advisor")
	ResponseEntity<AdvisorSchedule.Absence> absence(@PathVariable @Size(max = 64) String username,
			@RequestBody Absence body) {
		var absence = advisors.addAbsence(username, body.kind(), body.from(), body.to(), body.note());
		return ResponseEntity.status(201).body(absence);
	}

	@Requires(value = Permission.APPOINTMENT_SCHEDULE, names = Names.SCOPED_RECORD)
	@DeleteMapping("/appointment-absences/{id}")
	ResponseEntity<Void> removeAbsence(@PathVariable long id) {
		advisors.removeAbsence(id);
		return ResponseEntity.noContent().build();
	}

	record Hours(LocalTime opens, LocalTime closes) {
	}

	@GetMapping("/appointment-opening-hours/{orgUnit}")
	Hours openingHours(@PathVariable @Size(max = 32) String orgUnit) {
		LocalTime[] hours = advisors.openingHours(orgUnit);
		return new Hours(hours[0], hours[1]);
	}

	@Requires(value = Permission.APPOINTMENT_SCHEDULE, names = Names.SCOPED_RECORD)
	@PutMapping("/appointment-opening-hours/{orgUnit}")
	@Operation(summary = "Set a unit's opening hours on its working days")
	Hours setOpeningHours(@PathVariable @Size(max = 32) String orgUnit, @RequestBody Hours body) {
		LocalTime[] hours = advisors.setOpeningHours(orgUnit, body.opens(), body.closes());
		return new Hours(hours[0], hours[1]);
	}

	@GetMapping("/walk-ins")
	@Operation(summary = "Today's walk-in queue of a branch, with the estimated waits")
	Queue queue(@RequestParam(required = false) @Size(max = 32) String orgUnit,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		ResultPage<WalkInView> shown = ResultPage.slice(walkIns.queue(orgUnit), page, size);
		return new Queue(orgUnit, shown.content(), page, size, shown.totalElements());
	}

	/** A page of the queue (§12's list shape), with the unit it is of. */
	record Queue(String orgUnit, List<WalkInView> content, int page, int size, long totalElements) {
	}

	record Ticket(@Size(max = 32) String orgUnit, AppointmentService service, Long customerId, String name) {
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.CUSTOMER)
	@PostMapping("/walk-ins")
	@Operation(summary = "A visitor takes a number: 201 with the number, the people ahead and the estimated wait; 409"
			+ " branch-closed (with nextOpening) on a day the branches do not open")
	ResponseEntity<WalkInView> take(@RequestBody Ticket body) {
		WalkInView taken = walkIns.take(body.orgUnit(), body.service(), body.customerId(), body.name());
		return ResponseEntity.created(URI.create("/api/v1/walk-ins/" + taken.id())).body(taken);
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/walk-ins/{id}/call")
	WalkInView call(@PathVariable long id) {
		return walkIns.step(id, WalkInView.Status.CALLED);
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/walk-ins/{id}/serve")
	WalkInView serve(@PathVariable long id) {
		return walkIns.step(id, WalkInView.Status.SERVED);
	}

	@Requires(value = Permission.APPOINTMENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/walk-ins/{id}/leave")
	WalkInView leave(@PathVariable long id) {
		return walkIns.step(id, WalkInView.Status.LEFT);
	}
}
