package org.clientcare.privacy.web;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.privacy.PrivacyChannel;
import org.clientcare.privacy.PrivacyManagement;
import org.clientcare.privacy.PrivacyRequestKind;
import org.clientcare.privacy.PrivacyRequestStatus;
import org.clientcare.privacy.RegisterPrivacyRequest;
import org.clientcare.privacy.RetentionManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The compliance pages of data-subject requests: the list with due dates and registration, one request and its answer. */
@Controller
class PrivacyPages {

	private final PrivacyManagement privacy;

	private final RetentionManagement retention;

	private final Authorization authorization;

	private final CustomerManagement customers;

	private final org.springframework.context.MessageSource messages;

	private final PlatformSettings platform;

	PrivacyPages(PrivacyManagement privacy, RetentionManagement retention, Authorization authorization,
			CustomerManagement customers, org.springframework.context.MessageSource messages, PlatformSettings platform) {
		this.platform = platform;
		this.customers = customers;
		this.messages = messages;
		this.privacy = privacy;
		this.retention = retention;
		this.authorization = authorization;
	}

	/**
	 * Retention per category of data: each category's period (administrators change them here) and the job's dry run —
	 * who would be scrubbed of which category, who anonymised as a whole, who is kept and why.
	 */
	@GetMapping("/privacy/retention")
	String retention(Model model) {
		var candidates = retention.dryRun(500);
		var periods = retention.periods();
		model.addAttribute("candidates", candidates);
		model.addAttribute("categories", org.clientcare.customer.DataCategory.values());
		model.addAttribute("periods", periods);
		model.addAttribute("mayChange", authorization.can(Permission.ADMINISTER));
		model.addAttribute("holds", retention.activeHolds());
		model.addAttribute("zone", platform.zone());
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(
				candidates.stream().map(org.clientcare.privacy.RetentionCandidate::customerId).toList()));
		return "privacy/retention";
	}

	/**
	 * The on-time rate of data-subject requests as a panel (the KPI dashboard loads it beside its figures for those who
	 * read KPIs of units or handle the requests; the 14 figures of the KPI API stay as they are).
	 */
	@GetMapping("/privacy/figures")
	String figures(@RequestParam(required = false) java.time.LocalDate from,
			@RequestParam(required = false) java.time.LocalDate to, @RequestParam(required = false) String orgUnit,
			Model model) {
		java.time.LocalDate today = privacy.today();
		model.addAttribute("figures", privacy.figures(from == null ? today.withDayOfMonth(1) : from,
				to == null ? today : to, orgUnit));
		return "privacy/figures :: panel";
	}

	/**
	 * Compliance sets a legal hold (litigation, an inquiry by the authorities): the retention job keeps the customer
	 * until it is released. A refusal comes back naming the field.
	 */
	@PostMapping("/privacy/retention/holds")
	String hold(@RequestParam(required = false) String customerId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String digits = customerId == null ? "" : customerId.strip();
		if (!digits.matches("[1-9][0-9]{0,17}")) {
			redirect.addFlashAttribute("holdError", "retention.hold.error.customer");
			return "redirect:/privacy/retention#legal-holds";
		}
		try {
			retention.hold(Long.parseLong(digits), reason == null ? null : reason);
			redirect.addFlashAttribute("holdSaved", "retention.hold.saved");
		}
		catch (org.clientcare.shared.problem.NotFound e) {
			redirect.addFlashAttribute("holdError", "retention.hold.error.customer");
		}
		catch (org.clientcare.shared.problem.InvalidInput e) {
			redirect.addFlashAttribute("holdError", "retention.hold.error.reason");
		}
		return "redirect:/privacy/retention#legal-holds";
	}

	/** Compliance releases a legal hold; the retention job may then anonymise the customer when its time has come. */
	@PostMapping("/privacy/retention/holds/{id}/release")
	String release(@PathVariable long id, RedirectAttributes redirect) {
		retention.release(id);
		redirect.addFlashAttribute("holdSaved", "retention.hold.released");
		return "redirect:/privacy/retention#legal-holds";
	}

	/** Administrators change the periods, in whole years per category; a refusal comes back naming the category. */
	@PostMapping("/privacy/retention/settings")
	String changeRetention(@RequestParam java.util.Map<String, String> form, @RequestParam(required = false) String reason,
			java.util.Locale locale, RedirectAttributes redirect) {
		java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("retention.") && value != null && !value.isBlank()) {
				String years = value.strip();
				changes.put(name.substring("retention.".length()), years.chars().allMatch(Character::isDigit)
						&& years.length() <= 3 ? "P" + years + "Y" : years);
			}
		});
		try {
			var before = retention.periods();
			changes.entrySet().removeIf(change -> org.clientcare.customer.DataCategory.ofKey(change.getKey())
				.map(category -> before.of(category).toString().equals(change.getValue())).orElse(false));
			if (!changes.isEmpty()) {
				retention.changePeriods(changes, reason == null || reason.length() > 2000 ? null : reason);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.fieldProblems().isEmpty() ? words(e)
					: e.fieldProblems().stream().map(p -> {
						String key = p.field().startsWith("retention.") ? p.field().substring("retention.".length()) : "";
						String category = messages.getMessage("retention.category." + key, null, key, locale);
						return messages.getMessage("retention.error." + p.code(), new Object[] { category }, p.message(),
								locale);
					}).collect(java.util.stream.Collectors.joining("; ")));
		}
		return "redirect:/privacy/retention";
	}

	@GetMapping("/privacy")
	String list(@RequestParam(required = false) PrivacyRequestStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) java.time.LocalDate from, @RequestParam(required = false) java.time.LocalDate to,
			@RequestParam(required = false) String orgUnit, Model model) {
		if (authorization.can(Permission.KPI_READ)) {
			java.time.LocalDate today = privacy.today();
			model.addAttribute("figures", privacy.figures(from == null ? today.withDayOfMonth(1) : from,
					to == null ? today : to, orgUnit));
			model.addAttribute("units", privacy.unitsInReach());
		}
		var result = privacy.list(status, null, overdue, null, Math.max(0, Math.min(page, 100_000)), 30);
		model.addAttribute("result", result);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(
				result.content().stream().map(org.clientcare.privacy.PrivacyRequestView::customerId).toList()));
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", PrivacyRequestStatus.values());
		model.addAttribute("kinds", PrivacyRequestKind.values());
		model.addAttribute("channels", PrivacyChannel.values());
		if (customerId != null || !model.containsAttribute("customerId")) {
			// a refused registration brings back the customer typed (a flash attribute), unless the address names one
			model.addAttribute("customerId", customerId);
		}
		model.addAttribute("mayRegister", authorization.can(Permission.PRIVACY_REQUEST_REGISTER));
		return "privacy/list";
	}

	@PostMapping("/privacy")
	String register(@RequestParam(required = false) Long customerId, @RequestParam(required = false) PrivacyRequestKind kind,
			@RequestParam(required = false) PrivacyChannel channel, @RequestParam(defaultValue = "") String details,
			RedirectAttributes redirect) {
		try {
			if (customerId == null || kind == null || channel == null) {
				throw org.clientcare.shared.problem.InvalidInput.of(customerId == null ? "customerId"
						: kind == null ? "kind" : "channel", "required", "Fill in the customer, the kind and the channel");
			}
			return "redirect:/privacy/" + privacy.register(new RegisterPrivacyRequest(customerId, kind, channel,
					details.length() > 2000 ? details.substring(0, 2000) : details, null)).id();
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e));
			redirect.addFlashAttribute("details", details);
			redirect.addFlashAttribute("customerId", customerId);
			redirect.addFlashAttribute("kind", kind);
			redirect.addFlashAttribute("channel", channel);
			return "redirect:/privacy";
		}
	}

	@GetMapping("/privacy/{id}")
	String detail(@PathVariable long id, Model model) {
		var request = privacy.get(id);
		model.addAttribute("r", request);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(java.util.List.of(request.customerId())));
		model.addAttribute("mayHandle", authorization.can(Permission.PRIVACY_REQUEST_HANDLE));
		model.addAttribute("mayExport", authorization.can(Permission.PII_REVEAL));
		return "privacy/detail";
	}

	@PostMapping("/privacy/{id}/{step:answer|assign}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean refused, @RequestParam(required = false) String assignee,
			@RequestParam java.util.Map<String, String> form,
			@RequestParam(required = false) java.util.Set<org.clientcare.customer.ConsentPurpose> withdrawals,
			RedirectAttributes redirect) {
		try {
			if (step.equals("answer")) {
				java.util.Map<String, Object> corrections = new java.util.LinkedHashMap<>();
				form.forEach((name, value) -> {
					if (name.startsWith("correct.") && value != null && !value.isBlank()) {
						corrections.put(name.substring("correct.".length()), value.strip());
					}
				});
				privacy.answer(id, text == null || text.length() > 4000 ? text == null ? null : text.substring(0, 4000) : text,
						refused, corrections, withdrawals);
			}
			else {
				privacy.assign(id, assignee);
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e));
			redirect.addFlashAttribute(step.equals("answer") ? "answerText" : "assignee",
					step.equals("answer") ? text : assignee);
		}
		return "redirect:/privacy/" + id;
	}

	/**
	 * A refused privacy request step in the page's language: each field at fault with what it needs (the answer, the
	 * corrected values, the consents withdrawn, the assignee, the customer); a request answered already says so.
	 */
	private String words(ProblemException e) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String other = messages.getMessage("privacy.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("privacy.error." + p.field() + "." + p.code(), null, messages.getMessage(
						"privacy.error." + (p.field().startsWith("corrections.") ? "corrections" : p.field()), null, other,
						locale), locale))
				.distinct().collect(java.util.stream.Collectors.joining("; "));
		}
		String key = switch (e.status()) {
			case NOT_FOUND -> "privacy.error.customerId";
			case FORBIDDEN -> "privacy.error.forbidden";
			default -> "privacy.error." + e.code();
		};
		return messages.getMessage(key, null, other, locale);
	}
}
