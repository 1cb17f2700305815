package org.clientcare.care.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.care.CareEvent;
import org.clientcare.care.CreateEvent;
import org.clientcare.care.EventInvitation;
import org.clientcare.care.EventManagement;
import org.clientcare.care.Segment;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The event endpoints of §12: create, invite, check in, read with figures; plus the list and the invitations. */
@RestController
@Tag(name = "Events", description = "客户活动: lectures, exchanges, outdoor activities with RSVP and check-in")
class EventController {

	private final EventManagement events;

	EventController(EventManagement events) {
		this.events = events;
	}

	@Requires(Permission.EVENT_WRITE)
	@PostMapping("/api/v1/events")
	@Operation(summary = "Create an event: title, kind (LECTURE, EXCHANGE, OUTDOOR), startsAt, location, capacity, orgUnit")
	ResponseEntity<CareEvent> create(@RequestBody CreateEvent body) {
		CareEvent created = events.create(body);
		return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
	}

	@Requires(value = Permission.EVENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/events/{id}/invitations")
	@Operation(summary = "Invite hand-picked customers and/or a segment; each gets a private link to answer")
	CareEvent invite(@PathVariable long id, @RequestBody InvitationBody body) {
		return events.invite(id, body.customerIds(), body.segment());
	}

	@Requires(value = Permission.EVENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/events/{id}/attendance")
	@Operation(summary = "Check a guest in: {customerId}, or {number} (invitation number or mobile) at the door; on the"
			+ " event's day only (409 check-in-not-open or check-in-closed outside its window)")
	CareEvent attend(@PathVariable long id, @RequestBody AttendanceBody body) {
		if (body.customerId() != null) {
			return events.attend(id, body.customerId());
		}
		if (body.number() == null || body.number().isBlank()) {
			throw InvalidInput.of("customerId", "required", "The guest's customer id, invitation number or mobile");
		}
		return events.checkIn(id, body.number());
	}

	@Requires(value = Permission.EVENT_WRITE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/events/{id}/answers")
	@Operation(summary = "Record a guest's answer taken by staff: {customerId, accept, channel (PHONE, COUNTER)}; a seat or the waitlist")
	CareEvent answer(@PathVariable long id, @RequestBody AnswerBody body) {
		if (body.customerId() == null) {
			throw InvalidInput.of("customerId", "required", "The guest's customer id");
		}
		if (body.accept() == null) {
			throw InvalidInput.of("accept", "required", "true to accept, false to decline");
		}
		return events.answerFor(id, body.customerId(), body.accept(), body.channel());
	}

	@GetMapping("/api/v1/events/{id}")
	@Operation(summary = "An event with its figures {invited, accepted, declined, waitlisted, attended}")
	CareEvent get(@PathVariable long id) {
		return events.get(id);
	}

	@GetMapping("/api/v1/events")
	@Operation(summary = "Upcoming events the caller sees")
	ResultPage<CareEvent> upcoming(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return events.upcoming(page, size);
	}

	@GetMapping("/api/v1/events/{id}/invitations")
	@Operation(summary = "The invitations of an event (never their private links)")
	ResultPage<EventInvitation> invitations(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return events.invitations(id, page, size);
	}

	record InvitationBody(List<Long> customerIds, Segment segment) {
	}

	record AttendanceBody(Long customerId, String number) {
	}

	record AnswerBody(Long customerId, Boolean accept, String channel) {
	}
}
