package org.clientcare.suitability.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.product.ProductNames;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.suitability.QuestionnaireLinks;
import org.clientcare.suitability.RiskQuestionnaire;
import org.clientcare.suitability.RiskQuestionnaires;
import org.clientcare.suitability.SuitabilityAlert;
import org.clientcare.suitability.SuitabilityAlerts;
import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.TransactionIntake;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: the staff assessment form, the targets of the 360 section's forms (check a product, record an
 * acknowledgment), the compliance alert queue and the report of mismatched sales.
 */
@Controller
class SuitabilityPages {

	private static final int PAGE_SIZE = 50;

	private final RiskQuestionnaires questionnaires;

	private final SuitabilityManagement suitability;

	private final SuitabilityAlerts alerts;

	private final CustomerManagement customers;

	private final PlatformSettings platform;

	private final QuestionnaireLinks links;

	private final ProductNames productNames;

	private final TransactionIntake transactions;

	SuitabilityPages(RiskQuestionnaires questionnaires, SuitabilityManagement suitability, SuitabilityAlerts alerts,
			CustomerManagement customers, PlatformSettings platform, QuestionnaireLinks links, ProductNames productNames,
			TransactionIntake transactions) {
		this.transactions = transactions;
		this.links = links;
		this.productNames = productNames;
		this.questionnaires = questionnaires;
		this.suitability = suitability;
		this.alerts = alerts;
		this.customers = customers;
		this.platform = platform;
	}

	@GetMapping("/customers/{id}/risk-assessment")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("customer", customers.requireVisible(new CustomerId(id)));
		model.addAttribute("questionnaire", questionnaires.current());
		return "suitability/assessment";
	}

	@PostMapping("/customers/{id}/risk-assessment")
	String assess(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		RiskQuestionnaire questionnaire = questionnaires.current();
		Map<String, String> answers = new LinkedHashMap<>();
		questionnaire.questions().forEach(q -> {
			String chosen = form.get(q.id());
			if (chosen != null && !chosen.isBlank()) {
				answers.put(q.id(), chosen);
			}
		});
		try {
			suitability.assess(new CustomerId(id), answers);
			return "redirect:/customers/" + id + "?assessed#suitability";
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.fieldProblems().stream().map(FieldProblem::field).toList());
			model.addAttribute("answers", answers);
			return form(id, model);
		}
	}

	@PostMapping("/customers/{id}/suitability-check")
	String check(@PathVariable long id, @RequestParam(defaultValue = "") String productCode) {
		try {
			suitability.check(new CustomerId(id), productCode);
			return "redirect:/customers/" + id + "#suitability";
		}
		catch (InvalidInput e) {
			return "redirect:/customers/" + id + "?suitabilityError=" + e.fieldProblems().get(0).field() + "#suitability";
		}
	}

	@PostMapping("/customers/{id}/risk-acknowledgment")
	String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String productCode,
			@RequestParam(defaultValue = "") String signedAt, @RequestParam(required = false) String note) {
		try {
			suitability.acknowledge(new CustomerId(id), productCode, instant(signedAt), note);
			return "redirect:/customers/" + id + "?acknowledged#suitability";
		}
		catch (InvalidInput e) {
			return "redirect:/customers/" + id + "?suitabilityError=" + e.fieldProblems().get(0).field() + "#suitability";
		}
	}

	/** Issues a single-use link to the public questionnaire; shown once on the 360 page (a flash attribute). */
	@PostMapping("/customers/{id}/risk-questionnaire-link")
	String link(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("questionnaireLink", links.issue(new CustomerId(id)));
		return "redirect:/customers/" + id + "#suitability";
	}

	@GetMapping("/suitability/alerts")
	String alerts(@RequestParam(required = false) SuitabilityAlert.Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SuitabilityAlert.Status shown = status == null ? SuitabilityAlert.Status.OPEN : status;
		model.addAttribute("status", shown);
		var result = alerts.alerts(shown, Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		var ids = result.content().stream().map(SuitabilityAlert::customerId).toList();
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(ids));
		model.addAttribute("customerNos", customers.customerNosOf(ids));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		model.addAttribute("externalIds",
				transactions.externalIdsOf(result.content().stream().map(SuitabilityAlert::transactionId).toList()));
		return "suitability/alerts";
	}

	@PostMapping("/suitability/alerts/{id}/close")
	String close(@PathVariable long id, @RequestParam(defaultValue = "") String finding) {
		try {
			alerts.close(id, finding);
			return "redirect:/suitability/alerts";
		}
		catch (InvalidInput e) {
			return "redirect:/suitability/alerts?closeError";
		}
	}

	@GetMapping("/suitability/mismatches")
	String mismatches(@RequestParam(defaultValue = "0") int page, Model model) {
		var result = alerts.mismatches(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		var ids = result.content().stream().map(org.clientcare.suitability.MismatchedSale::customerId).toList();
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(ids));
		model.addAttribute("customerNos", customers.customerNosOf(ids));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		model.addAttribute("externalIds", transactions
			.externalIdsOf(result.content().stream().map(org.clientcare.suitability.MismatchedSale::transactionId).toList()));
		return "suitability/mismatches";
	}

	/** A {@code datetime-local} value, in the institution's zone; null when blank or malformed. */
	private Instant instant(String local) {
		try {
			return local.isBlank() ? null : LocalDateTime.parse(local).atZone(platform.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
