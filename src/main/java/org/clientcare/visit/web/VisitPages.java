package org.clientcare.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.casework.CaseType;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.problem.ProblemException;
import org.clientcare.visit.OpenCaseFromVisit;
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
import org.springframework.web.bind.annotation.PathVariable;
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
			model.addAttribute("error", words(e));
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
		model.addAttribute("mayOpenCase", visits.currentMayOpenCase());
		model.addAttribute("caseTypes", CaseType.values());
		return "visit/ledger";
	}

	@GetMapping("/visits/new")
	String form(Model model) {
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("methods", VisitMethod.values());
		model.addAttribute("caseTypes", visits.currentMayOpenCase() ? CaseType.values() : new CaseType[0]);
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
			@RequestParam(required = false) CaseType caseType, Model model) {
		if (customerId == null || kind == null || method == null || occurredAt == null || purpose.isBlank()
				|| summary.isBlank() || purpose.length() > 200 || summary.length() > 4000) {
			model.addAttribute("error", messages.getMessage("visit.formIncomplete", null, LocaleContextHolder.getLocale()));
			return form(model);
		}
		try {
			var visit = visits.record(new RecordVisit(customerId, kind, method, occurredAt.atZone(zone()).toOffsetDateTime(),
					purpose, summary, attendees, nextSteps, escalation, followUpOn, caseType));
			return "redirect:/visits?customerId=" + visit.customerId();
		}
		catch (ProblemException e) {
			model.addAttribute("error", words(e));
			return form(model);
		}
	}

	/** A refusal in the page's language: the field at fault, or that the customer is not one the user sees. */
	private String words(ProblemException e) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("visit.error.other", null, locale);
		if (e.fieldProblems().isEmpty()) {
			return messages.getMessage("visit.error." + e.code(), null, other, locale);
		}
		return e.fieldProblems().stream()
			.map(p -> messages.getMessage("visit.error." + p.field(), null, other, locale)).distinct()
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/** Turns a visit's next steps into a case from the ledger; back to the ledger with the case linked, or the error. */
	@PostMapping("/visits/{id}/case")
	String openCase(@PathVariable long id, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) String title, @RequestParam(required = false) Long customerId,
			Model model) {
		try {
			if (type == null) {
				throw org.clientcare.shared.problem.InvalidInput.of("type", "required", messages.getMessage(
						"visit.caseTypeRequired", null, LocaleContextHolder.getLocale()));
			}
			var visit = visits.openCase(id, new OpenCaseFromVisit(type, title, null));
			return "redirect:/visits?customerId=" + visit.customerId();
		}
		catch (ProblemException e) {
			String page = ledger(customerId, null, null, null, 0, model);
			model.addAttribute("error", words(e));
			return page;
		}
	}

	private ZoneId zone() {
		return platform.zone();
	}
}
