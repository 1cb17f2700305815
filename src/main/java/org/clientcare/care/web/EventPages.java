package org.clientcare.care.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.clientcare.care.CreateEvent;
import org.clientcare.care.EventKind;
import org.clientcare.care.EventManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The event pages: upcoming events and a new one, an event with its invitations, invitations and check-in. */
@Controller
class EventPages {

	private final EventManagement events;

	private final PlatformSettings platform;

	private final Clock clock;

	private final CustomerManagement customers;

	private final EventWords words;

	EventPages(EventManagement events, PlatformSettings platform, Clock clock,
			CustomerManagement customers, EventWords words) {
		this.words = words;
		this.customers = customers;
		this.events = events;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/care/events")
	String list(Model model) {
		model.addAttribute("events", events.upcoming());
		model.addAttribute("recent", events.recent());
		model.addAttribute("mayWrite", events.mayWrite());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("defaultUnit", events.currentOrgUnitCode());
		model.addAttribute("units", events.mayWrite() ? events.unitsToHoldEventsIn() : List.of());
		model.addAttribute("now", LocalDateTime.now(clock.withZone(platform.zone())).plusDays(7).withHour(14).withMinute(0)
			.withSecond(0).withNano(0));
		return "care/events";
	}

	@PostMapping("/care/events")
	String create(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) EventKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(defaultValue = "") String location, @RequestParam(required = false) Integer capacity,
			@RequestParam(defaultValue = "") String orgUnit, Model model, RedirectAttributes redirect) {
		try {
			var created = events.create(new CreateEvent(title, kind,
					startsAt == null ? null : startsAt.atZone(platform.zone()).toOffsetDateTime(), location, capacity,
					orgUnit.strip()));
			return "redirect:/care/events/" + created.id();
		}
		catch (InvalidInput e) {
			// the form again, as the user filled it, with each field at fault named in the page's language
			list(model);
			model.addAttribute("form", new EventForm(title, kind, startsAt, location, capacity, orgUnit));
			model.addAttribute("fieldErrors", e.fieldProblems().stream().map(FieldProblem::field)
				.filter(EventForm.FIELDS::contains).distinct().toList());
			return "care/events";
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, "orgUnit"));
			return "redirect:/care/events";
		}
	}

	@GetMapping("/care/events/{id}")
	String detail(@PathVariable long id, Model model) {
		var event = events.get(id);
		model.addAttribute("event", event);
		var window = events.checkInWindow(event);
		model.addAttribute("checkInWindow", window);
		model.addAttribute("checkInState", window.at(clock.instant()).name());
		var invitations = events.invitations(id);
		model.addAttribute("invitations", invitations);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(
				invitations.stream().map(org.clientcare.care.EventInvitation::customerId).toList()));
		model.addAttribute("mayWrite", events.mayWrite());
		return "care/event";
	}

	@PostMapping("/care/events/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam(defaultValue = "") String customerIds, RedirectAttributes redirect) {
		try {
			List<Long> ids = Arrays.stream(customerIds.split("[,，\\s]+")).filter(s -> !s.isBlank())
				.map(Long::valueOf).toList();
			events.invite(id, ids, null);
		}
		catch (NumberFormatException e) {
			redirect.addFlashAttribute("error", words.field("customerIds"));
			redirect.addFlashAttribute("customerIds", customerIds);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, "customerIds"));
			redirect.addFlashAttribute("customerIds", customerIds);
		}
		return "redirect:/care/events/" + id;
	}

	@PostMapping("/care/events/{id}/answers")
	String answer(@PathVariable long id, @RequestParam long customerId, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		try {
			events.answerFor(id, customerId, accept, "PHONE");
			redirect.addFlashAttribute("answered", true);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, "customerId"));
		}
		return "redirect:/care/events/" + id;
	}

	@PostMapping("/care/events/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String number, RedirectAttributes redirect) {
		try {
			events.checkIn(id, number);
			redirect.addFlashAttribute("checkedIn", number);
		}
		catch (Conflict e) {
			// the window closed (or was not open) while the page was shown: say so in the reader's language
			redirect.addFlashAttribute(e.code().startsWith("check-in-") ? "checkInRefused" : "error",
					e.code().startsWith("check-in-") ? e.code() : words.of(e, "number"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words.of(e, "number"));
			redirect.addFlashAttribute("number", number);
		}
		return "redirect:/care/events/" + id;
	}

	/** What the user filled in the new event form, shown again with the fields at fault. */
	record EventForm(String title, EventKind kind, LocalDateTime startsAt, String location, Integer capacity,
			String orgUnit) {

		static final List<String> FIELDS = List.of("title", "kind", "startsAt", "location", "capacity", "orgUnit");
	}
}
