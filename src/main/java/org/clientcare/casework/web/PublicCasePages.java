package org.clientcare.casework.web;

import org.clientcare.casework.CaseReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public progress page (§8): a customer follows its case with the case number and its mobile number, without an
 * account. Look-ups are limited per client address as every public look-up is ({@code RateLimitFilter},
 * {@code clientcare.rate-limit.lookups-per-minute}), so numbers cannot be tried in bulk; a wrong pair and an unknown
 * number read the same.
 */
@Controller
class PublicCasePages {

	private final CaseReports reports;

	PublicCasePages(CaseReports reports) {
		this.reports = reports;
	}

	@GetMapping("/public/cases")
	String form(Model model) {
		model.addAttribute("asked", false);
		return "casework/public";
	}

	@PostMapping("/public/cases")
	String track(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile,
			Model model) {
		model.addAttribute("no", no);
		model.addAttribute("asked", true);
		var progress = reports.track(no, mobile).orElse(null);
		model.addAttribute("progress", progress);
		if (progress != null) {
			// the language switch sends the look-up again, in its form's body as here, never in an address
			model.addAttribute("mobile", mobile);
		}
		return "casework/public";
	}
}
