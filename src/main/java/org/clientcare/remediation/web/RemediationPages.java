package org.clientcare.remediation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.product.ProductNames;
import org.clientcare.remediation.CustomerChoice;
import org.clientcare.remediation.Remediation;
import org.clientcare.remediation.RemediationManagement;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The remediation pages: the list (open, overdue, resolved), one remediation with its assignment (branch managers)
 * and its outcome (the assignee), and the figures by product, seller and unit.
 */
@Controller
class RemediationPages {

	private static final int PAGE_SIZE = 50;

	private final RemediationManagement remediations;

	private final Clock clock;

	private final CustomerManagement customers;

	private final ProductNames productNames;

	RemediationPages(RemediationManagement remediations, Clock clock, CustomerManagement customers,
			ProductNames productNames) {
		this.productNames = productNames;
		this.customers = customers;
		this.remediations = remediations;
		this.clock = clock;
	}

	@GetMapping("/remediations")
	String list(@RequestParam(defaultValue = "open") String view, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String shown = switch (view) {
			case "overdue", "resolved" -> view;
			default -> "open";
		};
		Remediation.Status status = "resolved".equals(shown) ? Remediation.Status.RESOLVED : Remediation.Status.OPEN;
		model.addAttribute("view", shown);
		var result = remediations.list(status, "overdue".equals(shown) ? Boolean.TRUE : null,
				Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(
				result.content().stream().map(Remediation::customerId).toList()));
		model.addAttribute("visibleCustomers", visible(result.content().stream().map(Remediation::customerId).toList()));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		return "remediation/list";
	}

	@GetMapping("/remediations/figures")
	String figures(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate last = to == null ? today : to;
		LocalDate first = from == null ? last.minusDays(89) : from;
		var figures = remediations.figures(first, last);
		var parts = new java.util.LinkedHashMap<String, java.util.List<org.clientcare.remediation.RemediationFigures.Line>>();
		parts.put("byProduct", figures.byProduct());
		parts.put("bySeller", figures.bySeller());
		parts.put("byUnit", figures.byUnit());
		model.addAttribute("figures", figures);
		model.addAttribute("parts", parts);
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		return "remediation/figures";
	}

	@GetMapping("/remediations/{id}")
	String one(@PathVariable long id, Model model) {
		Remediation remediation = remediations.get(id);
		model.addAttribute("r", remediation);
		model.addAttribute(RestrictedCustomers.MODEL, customers.restrictedAmong(java.util.List.of(remediation.customerId())));
		model.addAttribute("visibleCustomers", visible(java.util.List.of(remediation.customerId())));
		model.addAttribute("productNames", productNames.in(LocaleContextHolder.getLocale()));
		model.addAttribute("mayAssign", remediations.mayAssign(remediation));
		model.addAttribute("mayResolve", remediations.mayResolve(remediation));
		model.addAttribute("candidates", remediations.mayAssign(remediation) ? remediations.candidates(remediation)
				: java.util.List.of());
		model.addAttribute("choices", CustomerChoice.values());
		return "remediation/one";
	}

	@PostMapping("/remediations/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee, RedirectAttributes redirect) {
		try {
			remediations.assign(id, assignee);
			redirect.addFlashAttribute("saved", "remediation.assigned");
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", "remediation.assignError");
		}
		return "redirect:/remediations/" + id;
	}

	@PostMapping("/remediations/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) CustomerChoice choice,
			@RequestParam(required = false) BigDecimal refundAmount, @RequestParam(defaultValue = "") String outcome,
			RedirectAttributes redirect) {
		try {
			remediations.resolve(id, choice, refundAmount, outcome);
			redirect.addFlashAttribute("saved", "remediation.resolvedSaved");
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", "remediation.resolveError");
		}
		return "redirect:/remediations/" + id;
	}

	/**
	 * The customers among {@code ids} the viewer may open: an assignee sees a remediation of a customer outside its
	 * scope, and its name is then shown without a link that would answer 404.
	 */
	private Set<Long> visible(List<Long> ids) {
		return customers.visible(ids.stream().distinct().map(CustomerId::new).toList()).keySet().stream()
			.map(CustomerId::value).collect(Collectors.toSet());
	}
}
