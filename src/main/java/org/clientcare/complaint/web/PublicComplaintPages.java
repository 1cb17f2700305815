package org.clientcare.complaint.web;

import java.util.Locale;

import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public complaint page (在线投诉): a customer files a complaint without an account, receives its number, and
 * follows its status with that number and the mobile number it gave.
 */
@Controller
class PublicComplaintPages {

	private final ComplaintManagement complaints;

	PublicComplaintPages(ComplaintManagement complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/public/complaints")
	String form(Model model, Locale locale) {
		model.addAttribute("categories", complaints.categories(locale));
		return "complaint/public";
	}

	@PostMapping("/public/complaints")
	String file(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String mobile,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String content, Model model,
			Locale locale) {
		try {
			if (name.isBlank() || name.length() > 100 || content.isBlank() || content.length() > 10_000) {
				model.addAttribute("error", "fields");
				return form(model, locale);
			}
			model.addAttribute("complaintNo", complaints.registerPublic(name, mobile, category, content));
			return "complaint/public-receipt";
		}
		catch (ProblemException e) {
			model.addAttribute("error", "fields");
			model.addAttribute("errors", e.fieldProblems());
			return form(model, locale);
		}
	}

	@GetMapping("/public/complaints/status")
	String status(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile, Model model) {
		model.addAttribute("no", no);
		model.addAttribute("status", complaints.track(no, mobile).orElse(null));
		model.addAttribute("asked", !no.isBlank());
		return "complaint/public-status";
	}
}
