package org.clientcare.complaint.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.complaint.ComplaintStatus;
import org.clientcare.complaint.ComplaintView;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.Amounts;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: the complaint inbox with SLA countdowns, registration, and the complaint with its timeline. */
@Controller
class ComplaintPages {

	private final ComplaintManagement complaints;

	private final Clock clock;

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final CustomerManagement customers;

	private final org.clientcare.complaint.ComplaintTriage triage;

	private final org.clientcare.complaint.CorrectiveActions actions;

	private final org.clientcare.complaint.ComplaintCauses causes;

	private final ComplaintSettings settings;

	ComplaintPages(ComplaintManagement complaints, Clock clock, IdentityManagement identity, MessageSource messages,
			CustomerManagement customers, org.clientcare.complaint.ComplaintTriage triage,
			org.clientcare.complaint.CorrectiveActions actions, org.clientcare.complaint.ComplaintCauses causes,
			ComplaintSettings settings) {
		this.settings = settings;
		this.customers = customers;
		this.triage = triage;
		this.actions = actions;
		this.causes = causes;
		this.complaints = complaints;
		this.clock = clock;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/complaints")
	String inbox(@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var result = complaints.list(status, overdue, null, Math.max(0, Math.min(page, 100_000)), 30);
		model.addAttribute("result", result);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(result.content().stream().map(ComplaintView::customerId).toList()));
		model.addAttribute("mayRegister", complaints.mayRegister());
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("now", clock.instant());
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("unitNames", unitNames(locale));
		return "complaint/inbox";
	}

	@GetMapping("/complaints/new")
	String form(Model model, Locale locale) {
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("channels", ComplaintChannel.values());
		model.addAttribute("severities", org.clientcare.complaint.ComplaintSeverity.values());
		return "complaint/register";
	}

	@PostMapping("/complaints")
	String register(@RequestParam(required = false) Long customerId, @RequestParam String complainantName,
			@RequestParam String contact, @RequestParam ComplaintChannel channel, @RequestParam String category,
			@RequestParam String content, @RequestParam(required = false) String productCode,
			@RequestParam(required = false) org.clientcare.complaint.ComplaintSeverity severity, Model model, Locale locale) {
		try {
			var created = complaints.register(new RegisterComplaint(customerId, complainantName, contact, channel, category,
					content, OffsetDateTime.now(clock), productCode == null || productCode.isBlank() ? null : productCode,
					null, severity));
			return "redirect:/complaints/" + created.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errors", fieldsAtFault(e));
			return form(model, locale);
		}
	}

	/**
	 * The fields a refused registration names; a refusal that names none is about the customer id (one no one has,
	 * or one outside the user's scope, both answered as not found), so that the page marks it rather than asking to
	 * correct fields it does not show.
	 */
	private static List<FieldProblem> fieldsAtFault(ProblemException refusal) {
		if (!refusal.fieldProblems().isEmpty()) {
			return refusal.fieldProblems();
		}
		String code = refusal.status() == org.springframework.http.HttpStatus.NOT_FOUND ? "unknown" : "outside-scope";
		return List.of(new FieldProblem("customerId", code, refusal.getMessage()));
	}

	@GetMapping("/complaints/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		ComplaintView c = complaints.get(id);
		model.addAttribute("c", c);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(java.util.Collections.singletonList(c.customerId())));
		model.addAttribute("customerNo", customers.customerNoOf(c.customerId()));
		model.addAttribute("pauseReasons", org.clientcare.complaint.RegulatoryClock.PauseReason.values());
		model.addAttribute("mayHandle", complaints.mayHandle(id));
		model.addAttribute("extensionDays", settings.extensionDays());
		model.addAttribute("mayRecordFeedback", complaints.mayRecordFeedback(id));
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("severities", org.clientcare.complaint.ComplaintSeverity.values());
		model.addAttribute("causes", triage.causes(locale));
		model.addAttribute("causeNames", causes.names(locale));
		model.addAttribute("owners", actions.possibleOwners());
		model.addAttribute("today", java.time.LocalDate.now(clock));
		model.addAttribute("now", clock.instant());
		List<OrgUnit> departments = identity.orgUnits().stream()
			.filter(unit -> unit.kind() == OrgUnit.Kind.DEPARTMENT).toList();
		model.addAttribute("departments", departments);
		Map<Long, String> departmentCodes = departments.stream()
			.collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
		model.addAttribute("handlers", identity.usersWithRole(Role.COMPLAINT_HANDLER).stream()
			.filter(user -> user.enabled() && departmentCodes.containsKey(user.orgUnitId()))
			.collect(Collectors.groupingBy(user -> departmentCodes.get(user.orgUnitId()), TreeMap::new,
					Collectors.toList())));
		model.addAttribute("departmentName", c.department() == null ? null
				: identity.findOrgUnit(c.department()).map(unit -> unit.name(locale)).orElse(c.department()));
		model.addAttribute("handlerName", c.handler() == null ? null
				: identity.findUser(c.handler()).map(StaffUser::displayName).orElse(c.handler()));
		model.addAttribute("timeline", c.timeline().stream().map(e -> new Step(e.at(), staffName(e.actor()), e.kind(),
				detail(e.kind(), e.detail(), locale))).toList());
		return "complaint/detail";
	}

	/** A step of the timeline as the page shows it: people by name, codes in words. */
	record Step(java.time.Instant at, String actor, String kind, String detail) {
	}

	private String staffName(String username) {
		if (username != null && username.startsWith("system:")) {
			return messages.getMessage("audit.actor.system", null, "System",
					org.springframework.context.i18n.LocaleContextHolder.getLocale());
		}
		return username == null ? null : identity.findUser(username).map(StaffUser::displayName).orElse(username);
	}

	private String detail(String kind, String detail, Locale locale) {
		if (detail == null) {
			return null;
		}
		return switch (kind) {
			case "RECEIVED" -> messages.getMessage("complaint.channel." + detail, null, detail, locale);
			case "ASSIGNED" -> {
				String[] parts = detail.split(" / ", 2);
				String department = identity.findOrgUnit(parts[0]).map(unit -> unit.name(locale)).orElse(parts[0]);
				yield parts.length == 1 ? department : department + " / " + staffName(parts[1]);
			}
			case "CLOSED" -> detail.startsWith("satisfaction ")
					? messages.getMessage("complaint.satisfaction", null, locale) + " " + detail.substring(13) + " / 5" : detail;
			case "REOPENED", "ESCALATED" -> "not accepted".equals(detail)
					? messages.getMessage("complaint.notAccepted", null, locale) : detail;
			case "TRIAGED" -> {
				// codes (severity, cause) joined by " · ", then the note after ": "
				String[] parts = detail.split(": ", 2);
				Map<String, String> causeNames = causes.names(locale);
				String codes = java.util.Arrays.stream(parts[0].split(" · "))
					.map(code -> causeNames.getOrDefault(code,
							messages.getMessage("complaint.severity." + code, null, code, locale)))
					.collect(Collectors.joining(" · "));
				yield parts.length == 1 ? codes : codes + ": " + parts[1];
			}
			case "ACTION_FOLLOWED_UP" -> {
				String[] parts = detail.split(": ", 2);
				String status = messages.getMessage("action.status." + parts[0], null, parts[0], locale);
				yield parts.length == 1 ? status : status + ": " + parts[1];
			}
			case "COMPENSATION_REQUESTED", "COMPENSATION_APPROVED", "COMPENSATION_REJECTED" -> compensation(detail, locale);
			case "EXTENSION_REQUESTED", "EXTENDED" -> detail.replaceFirst("^\\+(\\d+) days",
					messages.getMessage("complaint.extendDays", new Object[] { "$1" }, locale));
			default -> detail;
		};
	}

	private static final Pattern COMPENSATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?) CNY(?: \\(#(\\d+)\\))?");

	/**
	 * A compensation step as recorded ({@code 36000.00 CNY}, with {@code (#12)} naming the approval request when it was
	 * asked for) in the page's language, the amount grouped by thousands: {@code 36,000.00 元（审批申请 #12）}.
	 */
	private String compensation(String detail, Locale locale) {
		Matcher recorded = COMPENSATION.matcher(detail);
		if (!recorded.matches()) {
			return detail;
		}
		String amount = Amounts.format(new BigDecimal(recorded.group(1)));
		return recorded.group(2) == null
				? messages.getMessage("complaint.compensation.amount", new Object[] { amount }, locale)
				: messages.getMessage("complaint.compensation.requested", new Object[] { amount, recorded.group(2) }, locale);
	}

	/** Org unit code → name in the page's language. */
	private Map<String, String> unitNames(Locale locale) {
		return identity.orgUnits().stream().collect(Collectors.toMap(OrgUnit::code, unit -> unit.name(locale)));
	}

	/** A refusal in the page's language: a message per problem code, the fields at fault named by their labels. */
	private String words(ProblemException e, Locale locale) {
		if (!e.fieldProblems().isEmpty()) {
			String fields = e.fieldProblems().stream().map(FieldProblem::field).distinct()
				.map(field -> messages.getMessage("complaint." + field, null, field, locale))
				.collect(Collectors.joining("、"));
			return messages.getMessage("complaint.error.invalid-input", new Object[] { fields }, locale);
		}
		return messages.getMessage("complaint.error." + e.code(), null, e.getMessage(), locale);
	}

	@PostMapping("/complaints/{id}/{step:acknowledge|assign|notes|resolve|feedback|extend|pause|resume|new-facts|triage|corrective-actions}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String department, @RequestParam(required = false) String handler,
			@RequestParam(required = false) BigDecimal compensationAmount, @RequestParam(required = false) Boolean accepted,
			@RequestParam(required = false) Integer satisfaction, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String severity,
			@RequestParam(required = false) String cause, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String dueDate, @RequestParam(required = false) Integer days,
			RedirectAttributes redirect, Locale locale) {
		try {
			switch (step) {
				case "triage" -> triage.triage(id, severity, cause, text);
				case "corrective-actions" -> actions.add(id, text, owner, date(dueDate));
				case "acknowledge" -> complaints.acknowledge(id, text);
				case "assign" -> complaints.assign(id, department, handler);
				case "notes" -> complaints.note(id, text);
				case "resolve" -> complaints.resolve(id, text, compensationAmount, cause);
				case "feedback" -> complaints.feedback(id, Boolean.TRUE.equals(accepted), satisfaction, comment);
				case "pause" -> complaints.pause(id, reason, text);
				case "resume" -> complaints.resume(id);
				case "new-facts" -> complaints.newFacts(id, text, null);
				default -> complaints.extend(id, days == null ? settings.extensionDays() : days, text);
			}
			redirect.addFlashAttribute("done", step);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, locale));
		}
		return "redirect:/complaints/" + id;
	}

	/** A follow-up on a corrective action, from the complaint's page or the list of actions ({@code back=list}). */
	@PostMapping("/complaints/corrective-actions/{actionId}/follow-up")
	String followUp(@PathVariable long actionId, @RequestParam(required = false) String note,
			@RequestParam(required = false) String status, @RequestParam(required = false) String back,
			RedirectAttributes redirect, Locale locale) {
		long complaintId = actions.get(actionId).complaintId();
		try {
			actions.followUp(actionId, note, status);
			redirect.addFlashAttribute("done", "follow-up");
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e, locale));
		}
		return "list".equals(back) ? "redirect:/complaints/corrective-actions" : "redirect:/complaints/" + complaintId;
	}

	/** A date from a form: a blank or malformed one is left for the rules to refuse, naming the field. */
	private static java.time.LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
