package org.clientcare.complaint.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintStatus;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.shared.problem.ProblemException;

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

	ComplaintPages(ComplaintManagement complaints, Clock clock) {
		this.complaints = complaints;
		this.clock = clock;
	}

	@GetMapping("/complaints")
	String inbox(@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", complaints.list(status, overdue, null, Math.max(0, Math.min(page, 100_000)), 30));
		model.addAttribute("mayRegister", complaints.mayRegister());
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("now", clock.instant());
		return "complaint/inbox";
	}

	@GetMapping("/complaints/new")
	String form(Model model, Locale locale) {
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("channels", ComplaintChannel.values());
		return "complaint/register";
	}

	@PostMapping("/complaints")
	String register(@RequestParam(required = false) Long customerId, @RequestParam String complainantName,
			@RequestParam String contact, @RequestParam ComplaintChannel channel, @RequestParam String category,
			@RequestParam String content, @RequestParam(required = false) String productCode, Model model, Locale locale) {
		try {
			var created = complaints.register(new RegisterComplaint(customerId, complainantName, contact, channel, category,
					content, OffsetDateTime.now(clock), productCode == null || productCode.isBlank() ? null : productCode,
					null));
			return "redirect:/complaints/" + created.id();
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errors", e.fieldProblems());
			return form(model, locale);
		}
	}

	@GetMapping("/complaints/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("c", complaints.get(id));
		model.addAttribute("mayHandle", complaints.mayHandle(id));
		model.addAttribute("mayRecordFeedback", complaints.mayRecordFeedback(id));
		model.addAttribute("categories", complaints.categories(locale));
		model.addAttribute("now", clock.instant());
		return "complaint/detail";
	}

	@PostMapping("/complaints/{id}/{step:acknowledge|assign|notes|resolve|feedback|extend}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String department, @RequestParam(required = false) String handler,
			@RequestParam(required = false) BigDecimal compensationAmount, @RequestParam(required = false) Boolean accepted,
			@RequestParam(required = false) Integer satisfaction, RedirectAttributes redirect) {
		try {
			switch (step) {
				case "acknowledge" -> complaints.acknowledge(id, text);
				case "assign" -> complaints.assign(id, department, handler);
				case "notes" -> complaints.note(id, text);
				case "resolve" -> complaints.resolve(id, text, compensationAmount);
				case "feedback" -> complaints.feedback(id, Boolean.TRUE.equals(accepted), satisfaction);
				default -> complaints.extend(id, 30, text);
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/complaints/" + id;
	}
}
