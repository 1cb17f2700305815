package org.clientcare.inquiry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.inquiry.InquiryChannel;
import org.clientcare.inquiry.InquiryManagement;
import org.clientcare.inquiry.InquiryStatus;
import org.clientcare.inquiry.RegisterInquiry;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service agents' pages: the inquiry list with due times, registration, and the inquiry with its answer. */
@Controller
class InquiryPages {

	private final InquiryManagement inquiries;

	private final ComplaintManagement complaints;

	private final Clock clock;

	private final CustomerManagement customers;

	private final MessageSource messages;

	InquiryPages(InquiryManagement inquiries, ComplaintManagement complaints, Clock clock, CustomerManagement customers,
			MessageSource messages) {
		this.messages = messages;
		this.customers = customers;
		this.inquiries = inquiries;
		this.complaints = complaints;
		this.clock = clock;
	}

	@GetMapping("/inquiries")
	String list(@RequestParam(required = false) InquiryStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		var result = inquiries.list(status, overdue, null, Math.max(0, Math.min(page, 100_000)), 30);
		model.addAttribute("result", result);
		model.addAttribute("figures", inquiries.figures(from, to));
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(result.content().stream().map(org.clientcare.inquiry.InquiryView::customerId).toList()));
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", InquiryStatus.values());
		model.addAttribute("mayHandle", inquiries.currentMayHandle());
		model.addAttribute("now", clock.instant());
		return "inquiry/list";
	}

	@GetMapping("/inquiries/new")
	String form(Model model) {
		model.addAttribute("channels", InquiryChannel.values());
		return "inquiry/register";
	}

	@PostMapping("/inquiries")
	String register(@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String contact, @RequestParam(required = false) InquiryChannel channel,
			@RequestParam(defaultValue = "") String question, Model model) {
		try {
			return "redirect:/inquiries/" + inquiries.register(new RegisterInquiry(customerId, name, contact, channel,
					question)).id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", true);
			model.addAttribute("errors", fieldWords(e));
			return form(model);
		}
	}

	@GetMapping("/inquiries/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		var inquiry = inquiries.get(id);
		model.addAttribute("i", inquiry);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(java.util.Collections.singletonList(inquiry.customerId())));
		model.addAttribute("customerNo", customers.customerNoOf(inquiry.customerId()));
		model.addAttribute("mayHandle", inquiries.currentMayHandle());
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("now", clock.instant());
		return "inquiry/detail";
	}

	@PostMapping("/inquiries/{id}/{step:answer|assign|complaint}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) String category,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "answer" -> inquiries.answer(id, text);
				case "assign" -> inquiries.assign(id, assignee);
				default -> {
					var converted = inquiries.convertToComplaint(id, category);
					return "redirect:/complaints/" + converted.complaintId();
				}
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.fieldProblems().isEmpty()
					? messages.getMessage("inquiry.error.other", null, LocaleContextHolder.getLocale())
					: String.join("; ", fieldWords(e)));
		}
		return "redirect:/inquiries/" + id;
	}

	/**
	 * The fields at fault in the page's language, each with its label and what it needs; a customer not found (or not
	 * one the user sees) names the customer field.
	 */
	private java.util.List<String> fieldWords(ProblemException e) {
		Locale locale = LocaleContextHolder.getLocale();
		java.util.List<String> fields = e.fieldProblems().isEmpty()
				? java.util.List.of(e.code().equals("not-found") ? "customerId" : "other")
				: e.fieldProblems().stream().map(org.clientcare.shared.problem.FieldProblem::field).distinct().toList();
		String other = messages.getMessage("inquiry.error.other", null, locale);
		return fields.stream().map(field -> {
			String label = messages.getMessage("inquiry." + field, null, null, locale);
			String need = messages.getMessage("inquiry.error." + field, null, other, locale);
			return label == null ? need : label + ": " + need;
		}).toList();
	}
}
