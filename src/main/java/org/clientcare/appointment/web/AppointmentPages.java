package org.clientcare.appointment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.clientcare.appointment.AdvisorManagement;
import org.clientcare.appointment.AppointmentLifecycle;
import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentView;
import org.clientcare.appointment.BookAppointment;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff pages: the day view of a branch (who comes when, to which advisor, checked in or not, with the steps), and
 * booking a slot for a customer (from the 360 page) or a visitor.
 */
@Controller
class AppointmentPages {

	private final AppointmentManagement appointments;

	private final AppointmentLifecycle lifecycle;

	private final AdvisorManagement advisors;

	private final Clock clock;

	private final CustomerManagement customers;

	private final AppointmentWords words;

	AppointmentPages(AppointmentManagement appointments, AppointmentLifecycle lifecycle, AdvisorManagement advisors,
			Clock clock, CustomerManagement customers, AppointmentWords words) {
		this.words = words;
		this.customers = customers;
		this.appointments = appointments;
		this.lifecycle = lifecycle;
		this.advisors = advisors;
		this.clock = clock;
	}

	@GetMapping("/appointments")
	String day(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String advisor, Model model) {
		String unit = unitOrDefault(orgUnit);
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		List<AppointmentView> list = appointments.list(unit, day, blank(advisor), null, null, 0, 500).content();
		model.addAttribute("branches", appointments.branches());
		model.addAttribute("orgUnit", unit);
		model.addAttribute("date", day);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("branch", appointments.branches().stream().filter(b -> b.code().equals(unit)).findFirst()
			.orElse(null));
		model.addAttribute("opening", appointments.openingDay(day));
		model.addAttribute("advisor", blank(advisor));
		model.addAttribute("advisors", advisors.advisors(unit));
		model.addAttribute("appointments", list);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(list.stream().map(AppointmentView::customerId).toList()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("mayWrite", appointments.mayWrite());
		return "appointment/day";
	}

	@GetMapping("/appointments/new")
	String form(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) AppointmentService service, @RequestParam(required = false) LocalDate date,
			Model model) {
		String unit = unitOrDefault(orgUnit);
		model.addAttribute("customer", customerId == null ? null : appointments.customerName(customerId));
		model.addAttribute("customerId", customerId);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(java.util.Collections.singletonList(customerId)));
		model.addAttribute("branches", appointments.branches());
		model.addAttribute("services", AppointmentService.values());
		model.addAttribute("orgUnit", unit);
		model.addAttribute("service", service);
		model.addAttribute("date", date);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		if (service != null && date != null) {
			model.addAttribute("slots", appointments.slots(unit, date, service,
					customerId == null ? null : new CustomerId(customerId)));
		}
		return "appointment/new";
	}

	@PostMapping("/appointments")
	String book(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) AppointmentService service,
			@RequestParam(required = false) String start, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String notes, Locale locale, RedirectAttributes redirect) {
		var parsed = PublicAppointmentPages.parseStart(start);
		try {
			AppointmentView booked = appointments.book(new BookAppointment(orgUnit, service, parsed, customerId, name, mobile,
					null, notes, locale));
			redirect.addFlashAttribute("booked", booked.appointmentNo());
			return "redirect:" + UriComponentsBuilder.fromPath("/appointments").queryParam("orgUnit", booked.orgUnit())
				.queryParam("date", booked.start().atZone(clock.getZone()).toLocalDate()).build().toUriString();
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", words.of(e));
			var back = UriComponentsBuilder.fromPath("/appointments/new").queryParam("orgUnit", orgUnit);
			if (customerId != null) {
				back.queryParam("customerId", customerId);
			}
			if (service != null) {
				back.queryParam("service", service);
			}
			if (parsed != null) {
				back.queryParam("date", parsed.atZoneSameInstant(clock.getZone()).toLocalDate());
			}
			return "redirect:" + back.build().toUriString();
		}
	}

	/** Another slot for a booked appointment: the free times of its unit and service on the day chosen. */
	@GetMapping("/appointments/{id}/reschedule")
	String reschedule(@PathVariable long id, @RequestParam(required = false) LocalDate date, Model model) {
		AppointmentView a = appointments.get(id);
		model.addAttribute("a", a);
		model.addAttribute("freeAdvisors", lifecycle.advisorsFreeFor(id));
		model.addAttribute("date", date);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		if (date != null) {
			model.addAttribute("slots", appointments.slots(a.orgUnit(), date, a.service(),
					a.customerId() == null ? null : new CustomerId(a.customerId())));
		}
		return "appointment/reschedule";
	}

	@PostMapping("/appointments/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String notes, @RequestParam(required = false) LocalDate revisitOn,
			@RequestParam(required = false) String advisor, @RequestParam(required = false) String start,
			RedirectAttributes redirect) {
		AppointmentView before = appointments.get(id);
		if ("reschedule".equals(step)) {
			try {
				AppointmentView moved = lifecycle.reschedule(id, PublicAppointmentPages.parseStart(start));
				redirect.addFlashAttribute("moved", moved.appointmentNo());
				return "redirect:" + UriComponentsBuilder.fromPath("/appointments").queryParam("orgUnit", moved.orgUnit())
					.queryParam("date", moved.start().atZone(clock.getZone()).toLocalDate()).build().toUriString();
			}
			catch (ProblemException e) {
				if (e.getStatusCode().value() == 404) {
					throw e;
				}
				redirect.addFlashAttribute("error", words.of(e));
				return "redirect:/appointments/" + id + "/reschedule";
			}
		}
		if ("reassign".equals(step)) {
			try {
				AppointmentView given = lifecycle.reassign(id, advisor);
				redirect.addFlashAttribute("reassigned", given.appointmentNo());
				redirect.addFlashAttribute("reassignedTo", given.advisorName());
			}
			catch (ProblemException e) {
				if (e.getStatusCode().value() == 404) {
					throw e;
				}
				redirect.addFlashAttribute("error", words.of(e));
				return "redirect:/appointments/" + id + "/reschedule";
			}
			return "redirect:" + UriComponentsBuilder.fromPath("/appointments").queryParam("orgUnit", before.orgUnit())
				.queryParam("date", before.start().atZone(clock.getZone()).toLocalDate()).build().toUriString();
		}
		try {
			switch (step) {
				case "check-in" -> lifecycle.checkIn(id);
				case "complete" -> lifecycle.complete(id, notes, revisitOn);
				case "cancel" -> lifecycle.cancel(id, reason);
				case "no-show" -> lifecycle.noShow(id);
				default -> throw new org.clientcare.shared.problem.NotFound("Step", step);
			}
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", words.of(e));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/appointments").queryParam("orgUnit", before.orgUnit())
			.queryParam("date", before.start().atZone(clock.getZone()).toLocalDate()).build().toUriString();
	}

	/** The unit asked for, else the branch the caller sees first ({@link AppointmentManagement#firstBranchFor}). */
	private String unitOrDefault(String orgUnit) {
		if (orgUnit != null && !orgUnit.isBlank()) {
			return orgUnit.strip();
		}
		return appointments.firstBranchFor(CurrentActor.get().orgUnitId());
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
