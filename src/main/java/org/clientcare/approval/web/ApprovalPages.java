package org.clientcare.approval.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of requests waiting for me (待我审批) and of my own requests. */
@Controller
class ApprovalPages {

	private final ApprovalManagement approvals;

	private final MessageSource messages;

	ApprovalPages(ApprovalManagement approvals, MessageSource messages) {
		this.approvals = approvals;
		this.messages = messages;
	}

	@GetMapping("/approvals")
	String page(Model model, Locale locale) {
		var waiting = approvals.waitingForMe();
		var mine = approvals.mine();
		Map<Long, String> summaries = new HashMap<>();
		Stream.concat(waiting.stream(), mine.stream())
			.forEach(r -> summaries.computeIfAbsent(r.id(), id -> approvals.describe(r, messages, locale)));
		model.addAttribute("waiting", waiting);
		model.addAttribute("mine", mine);
		model.addAttribute("summaries", summaries);
		model.addAttribute("restrictedApprovals",
				approvals.aboutRestrictedCustomers(Stream.concat(waiting.stream(), mine.stream()).toList()));
		return "approval/approvals";
	}

	@PostMapping("/approvals/{id}/{decision:approve|reject}")
	String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
			Model model, Locale locale) {
		try {
			if (decision.equals("approve")) {
				approvals.approve(id, note);
			}
			else {
				approvals.reject(id, note);
			}
			return "redirect:/approvals?decided";
		}
		catch (ProblemException e) {
			model.addAttribute("error", messages.getMessage("approvals.error." + e.code(), null, e.getMessage(), locale));
			return page(model, locale);
		}
	}
}
