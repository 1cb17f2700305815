package org.clientcare.appointment.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.clientcare.appointment.AdvisorManagement;
import org.clientcare.appointment.AdvisorSchedule;
import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.WalkInManagement;
import org.clientcare.appointment.WalkInView;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The walk-in queue of a branch (take a number, call, served, left) and the advisors' schedules with opening hours. */
@Controller
class ReceptionPages {

	private final WalkInManagement walkIns;

	private final AdvisorManagement advisors;

	private final AppointmentManagement appointments;

	private final Clock clock;

	private final CustomerManagement customers;

	private final AppointmentWords words;

	ReceptionPages(WalkInManagement walkIns, AdvisorManagement advisors, AppointmentManagement appointments, Clock clock,
			CustomerManagement customers, AppointmentWords words) {
		this.words = words;
		this.customers = customers;
		this.walkIns = walkIns;
		this.advisors = advisors;
		this.appointments = appointments;
		this.clock = clock;
	}

	@GetMapping("/appointments/walk-ins")
	String queue(@RequestParam(required = false) String orgUnit, Model model) {
		String unit = unit(orgUnit);
		model.addAttribute("branches", appointments.branches());
		model.addAttribute("orgUnit", unit);
		model.addAttribute("branch", appointments.branches().stream().filter(b -> b.code().equals(unit)).findFirst()
			.orElse(null));
		model.addAttribute("opening", appointments.openingDay(java.time.LocalDate.now(clock)));
		List<WalkInView> queue = walkIns.queue(unit);
		model.addAttribute("queue", queue);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(queue.stream().map(WalkInView::customerId).toList()));
		model.addAttribute("services", AppointmentService.values());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("mayWrite", appointments.mayWrite());
		return "appointment/walk-ins";
	}

	@PostMapping("/appointments/walk-ins")
	String take(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) AppointmentService service,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		try {
			WalkInView taken = walkIns.take(orgUnit, service, customerId, name);
			redirect.addFlashAttribute("ticket", taken.ticket());
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", words.of(e));
		}
		redirect.addAttribute("orgUnit", orgUnit);
		return "redirect:/appointments/walk-ins";
	}

	@PostMapping("/appointments/walk-ins/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String orgUnit,
			RedirectAttributes redirect) {
		WalkInView.Status next = switch (step) {
			case "call" -> WalkInView.Status.CALLED;
			case "serve" -> WalkInView.Status.SERVED;
			case "leave" -> WalkInView.Status.LEFT;
			default -> throw new org.clientcare.shared.problem.NotFound("Step", step);
		};
		try {
			walkIns.step(id, next);
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", words.of(e));
		}
		redirect.addAttribute("orgUnit", orgUnit);
		return "redirect:/appointments/walk-ins";
	}

	@GetMapping("/appointments/advisors")
	String advisors(@RequestParam(required = false) String orgUnit, Model model) {
		String unit = unit(orgUnit);
		model.addAttribute("branches", appointments.branches());
		model.addAttribute("orgUnit", unit);
		model.addAttribute("advisors", advisors.advisors(unit));
		model.addAttribute("hours", advisors.openingHours(unit));
		model.addAttribute("services", AppointmentService.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("kinds", AdvisorSchedule.AbsenceKind.values());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("maySchedule", advisors.maySchedule());
		return "appointment/advisors";
	}

	@PostMapping("/appointments/advisors/{username}")
	String configure(@PathVariable String username, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Set<AppointmentService> skills,
			@RequestParam(required = false) Set<DayOfWeek> weekdays, @RequestParam(required = false) LocalTime from,
			@RequestParam(required = false) LocalTime to, RedirectAttributes redirect) {
		List<AdvisorSchedule.Hours> hours = weekdays == null ? List.of()
				: weekdays.stream().sorted().map(d -> new AdvisorSchedule.Hours(d, from, to)).toList();
		attempt(() -> advisors.configure(username, skills, hours), redirect);
		redirect.addAttribute("orgUnit", orgUnit);
		return "redirect:/appointments/advisors";
	}

	@PostMapping("/appointments/advisors/{username}/absences")
	String absence(@PathVariable String username, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) AdvisorSchedule.AbsenceKind kind,
			@RequestParam(required = false) LocalDateTime from, @RequestParam(required = false) LocalDateTime to,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		attempt(() -> advisors.addAbsence(username, kind, from == null ? null : from.atZone(clock.getZone()).toOffsetDateTime(),
				to == null ? null : to.atZone(clock.getZone()).toOffsetDateTime(), note), redirect);
		redirect.addAttribute("orgUnit", orgUnit);
		return "redirect:/appointments/advisors";
	}

	@PostMapping("/appointments/opening-hours")
	String openingHours(@RequestParam(required = false) String orgUnit, @RequestParam(required = false) LocalTime opens,
			@RequestParam(required = false) LocalTime closes, RedirectAttributes redirect) {
		attempt(() -> advisors.setOpeningHours(orgUnit, opens, closes), redirect);
		redirect.addAttribute("orgUnit", orgUnit);
		return "redirect:/appointments/advisors";
	}

	private void attempt(Runnable change, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", words.of(e));
		}
	}

	private String unit(String orgUnit) {
		if (orgUnit != null && !orgUnit.isBlank()) {
			return orgUnit.strip();
		}
		return appointments.firstBranchFor(CurrentActor.get().orgUnitId());
	}
}
