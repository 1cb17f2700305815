package org.clientcare.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.visit.RecordVisit;
import org.clientcare.visit.VisitKind;
import org.clientcare.visit.VisitDue;
import org.clientcare.visit.VisitManagement;
import org.clientcare.visit.VisitMethod;
import org.clientcare.visit.VisitView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The visit ledger page with the manager's worklist, and recording a visit. */
@Controller
class VisitPages {

	private final VisitManagement visits;

	private final MessageSource messages;

	private final PlatformSettings platform;

	private final Clock clock;

	private final CustomerManagement customers;

	VisitPages(VisitManagement visits, MessageSource messages, PlatformSettings platform, Clock clock,
			CustomerManagement customers) {
		this.customers = customers;
		this.visits = visits;
		this.messages = messages;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/visits")
	String ledger(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String manager,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		org.clientcare.shared.ResultPage<VisitView> result;
		try {
			result = visits.ledger(customerId, manager, from, to, Math.max(0, Math.min(page, 100_000)), 30);
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.getMessage());
			result = visits.ledger(customerId, null, from, to, 0, 30);
		}
		model.addAttribute("result", result);
		model.addAttribute("customerId", customerId);
		model.addAttribute("manager", manager);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		var worklist = visits.worklist();
		model.addAttribute("worklist", worklist);
		List<Long> shown = new ArrayList<>(worklist.stream().map(VisitDue::customerId).toList());
		result.content().forEach(v -> shown.add(v.customerId()));
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(shown));
		model.addAttribute("mayRecord", visits.currentMayRecord());
		return "visit/ledger";
	}

	@GetMapping("/visits/new")
	String form(Model model) {
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("methods", VisitMethod.values());
		model.addAttribute("now", LocalDateTime.now(clock.withZone(zone())).withSecond(0).withNano(0));
		return "visit/new";
	}

	@PostMapping("/visits")
	String record(@RequestParam(required = false) Long customerId, @RequestParam(required = false) VisitKind kind,
			@RequestParam(required = false) VisitMethod method,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String summary,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String nextSteps,
			@RequestParam(required = false) String escalation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn,
			Model model) {
		if (customerId == null || kind == null || method == null || occurredAt == null || purpose.isBlank()
				|| summary.isBlank() || purpose.length() > 200 || summary.length() > 4000) {
			model.addAttribute("error", messages.getMessage("visit.formIncomplete", null, LocaleContextHolder.getLocale()));
			return form(model);
		}
		try {
			var visit = visits.record(new RecordVisit(customerId, kind, method, occurredAt.atZone(zone()).toOffsetDateTime(),
					purpose, summary, attendees, nextSteps, escalation, followUpOn));
			return "redirect:/visits?customerId=" + visit.customerId();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.getMessage());
			return form(model);
		}
	}

	private ZoneId zone() {
		return platform.zone();
	}
}
