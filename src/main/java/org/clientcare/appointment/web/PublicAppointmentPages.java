package org.clientcare.appointment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.PublicBooking;
import org.clientcare.appointment.Slot;
import org.clientcare.appointment.TooManyCodes;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public booking page (no account, phone-first): branch, service and day, then a slot with name and mobile
 * number; an SMS code confirms the number and books; the receipt and the SMS carry the private link, whose page shows
 * the booking and cancels or reschedules it until the cut-off.
 */
@Controller
class PublicAppointmentPages {

	private final AppointmentManagement appointments;

	private final PublicBooking booking;

	private final Clock clock;

	PublicAppointmentPages(AppointmentManagement appointments, PublicBooking booking, Clock clock) {
		this.appointments = appointments;
		this.booking = booking;
		this.clock = clock;
	}

	@GetMapping("/public/appointments")
	String choose(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String service,
			@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
		model.addAttribute("step", "choose");
		choices(orgUnit, service, date, model, response);
		return "appointment/public";
	}

	@PostMapping("/public/appointments/code")
	String code(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String service,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) String name, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String email, Locale locale, Model model, HttpServletResponse response) {
		try {
			var sent = booking.requestCode(orgUnit, parseService(service), parseStart(start), name, mobile, email, locale);
			model.addAttribute("step", "code");
			model.addAttribute("token", sent.token());
			return "appointment/public";
		}
		catch (InvalidInput e) {
			response.setStatus(400);
			model.addAttribute("errors", e.fieldProblems().stream().map(p -> p.field()).distinct().toList());
		}
		catch (Conflict e) {
			response.setStatus(409);
			model.addAttribute("full", true);
		}
		catch (TooManyCodes e) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
			model.addAttribute("tooMany", true);
		}
		model.addAttribute("step", "choose");
		model.addAttribute("name", name);
		model.addAttribute("mobile", mobile);
		model.addAttribute("email", email);
		// the switch shows the same choices again (this address answers only the form; what the visitor typed about
		// themselves stays out of every address)
		model.addAttribute("langPath", UriComponentsBuilder.fromPath("/public/appointments").queryParamIfPresent("orgUnit",
				Optional.ofNullable(orgUnit)).queryParamIfPresent("service", Optional.ofNullable(service))
			.queryParamIfPresent("date", Optional.ofNullable(date)).encode().build().toUriString());
		choices(orgUnit, service, date, model, null);
		return "appointment/public";
	}

	/** The code's step again, in the language the visitor switched to: nothing sent, no attempt counted. */
	@PostMapping("/public/appointments/code/view")
	String codeAgain(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!booking.waitingForCode(token)) {
			response.setStatus(410);
			model.addAttribute("step", "gone");
			model.addAttribute("langPath", "/public/appointments");
			return "appointment/public";
		}
		model.addAttribute("step", "code");
		model.addAttribute("token", token);
		return "appointment/public";
	}

	@PostMapping("/public/appointments/confirm")
	String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String code, Model model,
			HttpServletResponse response) {
		PublicBooking.Confirmation confirmation;
		try {
			confirmation = booking.confirm(token, code);
		}
		catch (Conflict e) {
			response.setStatus(409);
			model.addAttribute("step", "taken");
			model.addAttribute("langPath", "/public/appointments");
			return "appointment/public";
		}
		switch (confirmation.outcome()) {
			case BOOKED -> {
				model.addAttribute("step", "done");
				model.addAttribute("zone", clock.getZone());
				model.addAttribute("appointment", confirmation.appointment());
				model.addAttribute("manageUrl", confirmation.manageUrl());
				// the switch shows the booking on its private page, on this server (the link names the public address)
				model.addAttribute("langPath", java.net.URI.create(confirmation.manageUrl()).getRawPath());
			}
			case WRONG_CODE -> {
				response.setStatus(400);
				model.addAttribute("step", "code");
				model.addAttribute("token", token);
				model.addAttribute("wrongCode", true);
				model.addAttribute("attemptsLeft", confirmation.attemptsLeft());
			}
			default -> {
				response.setStatus(410);
				model.addAttribute("step", "gone");
				model.addAttribute("langPath", "/public/appointments");
			}
		}
		return "appointment/public";
	}

	@GetMapping("/public/appointments/manage/{token}")
	String manage(@PathVariable String token, @RequestParam(required = false) String date, Locale locale, Model model,
			HttpServletResponse response) {
		return managed(booking.open(token, locale), token, date, model, response);
	}

	@PostMapping("/public/appointments/manage/{token}/cancel")
	String cancel(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		var before = booking.open(token, locale);
		var after = booking.cancel(token, locale);
		if (before.isPresent() && !before.get().changeable()) {
			response.setStatus(409);
			model.addAttribute("unchanged", true);
		}
		else {
			model.addAttribute("cancelled", true);
		}
		model.addAttribute("langPath", "/public/appointments/manage/" + token);
		return managed(after, token, null, model, response);
	}

	@PostMapping("/public/appointments/manage/{token}/reschedule")
	String reschedule(@PathVariable String token, @RequestParam(required = false) String start, Locale locale, Model model,
			HttpServletResponse response) {
		// the switch shows the appointment's private page: this address answers only the form
		model.addAttribute("langPath", "/public/appointments/manage/" + token);
		try {
			var before = booking.open(token, locale);
			var after = booking.reschedule(token, parseStart(start), locale);
			if (before.isPresent() && !before.get().changeable()) {
				response.setStatus(409);
				model.addAttribute("unchanged", true);
			}
			else {
				model.addAttribute("rescheduled", true);
			}
			return managed(after, token, null, model, response);
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(e instanceof Conflict ? 409 : 400);
			model.addAttribute("notRescheduled", true);
			return managed(booking.open(token, locale), token, null, model, response);
		}
	}

	private String managed(java.util.Optional<PublicBooking.Managed> managed, String token, String date, Model model,
			HttpServletResponse response) {
		if (managed.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("unknown", true);
			return "appointment/public-manage";
		}
		model.addAttribute("managed", managed.get());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("token", token);
		LocalDate day = parseDate(date);
		if (managed.get().changeable() && day != null) {
			var a = managed.get().appointment();
			model.addAttribute("date", day);
			model.addAttribute("slots", slots(a.orgUnit(), a.service(), day));
		}
		return "appointment/public-manage";
	}

	private void choices(String orgUnit, String service, String date, Model model, HttpServletResponse response) {
		model.addAttribute("branches", appointments.bookableBranches());
		model.addAttribute("services", AppointmentService.values());
		model.addAttribute("orgUnit", orgUnit);
		model.addAttribute("service", service);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		LocalDate day = parseDate(date);
		AppointmentService chosen = parseService(service);
		model.addAttribute("date", day);
		if (orgUnit != null && chosen != null && day != null) {
			try {
				model.addAttribute("slots", slots(orgUnit, chosen, day));
			}
			catch (InvalidInput e) {
				if (response != null) {
					response.setStatus(400);
				}
				model.addAttribute("slots", List.of());
			}
		}
	}

	private List<Slot> slots(String orgUnit, AppointmentService service, LocalDate day) {
		return appointments.slots(orgUnit, day, service, null).stream().filter(s -> s.available() > 0).toList();
	}

	static AppointmentService parseService(String value) {
		try {
			return value == null || value.isBlank() ? null : AppointmentService.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static OffsetDateTime parseStart(String value) {
		try {
			return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static LocalDate parseDate(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
